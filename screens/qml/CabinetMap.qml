import QtQuick
import QtQuick.Layouts
import Kiosk

// A simple map of the pickup cabinet: one block per board, its locks in a grid, the resident's
// compartment highlighted. `layout` is Pickup.cabinetLayout ([{board, locks}]).
RowLayout {
    id: map
    property var layout: []
    property string highlight: ""      // "<board>-<lock>"
    readonly property int cell: Theme.elder ? 84 : 64
    spacing: Theme.gap

    Repeater {
        model: map.layout
        delegate: Rectangle {
            id: boardBox
            required property var modelData
            Layout.alignment: Qt.AlignTop
            implicitWidth: grid.implicitWidth + Theme.gap
            implicitHeight: grid.implicitHeight + Theme.gap
            radius: Theme.radius
            color: "#DCE6F2"
            border.color: Theme.border
            Grid {
                id: grid
                anchors.centerIn: parent
                columns: 4
                spacing: 4
                Repeater {
                    model: boardBox.modelData.locks
                    delegate: Rectangle {
                        required property int index
                        readonly property string cid: boardBox.modelData.board + "-" + (index + 1)
                        readonly property bool lit: cid === map.highlight
                        objectName: lit ? "cabinetMapHighlight" : ""
                        width: map.cell
                        height: map.cell
                        radius: 6
                        color: lit ? Theme.ok : Theme.surface
                        border.color: lit ? Theme.text : Theme.border
                        border.width: lit ? 4 : 1
                        Text {
                            anchors.centerIn: parent
                            text: index + 1
                            font.pixelSize: Theme.labelPx
                            font.bold: parent.lit
                            color: parent.lit ? Theme.textOnPrimary : Theme.textMuted
                        }
                    }
                }
            }
        }
    }
}
