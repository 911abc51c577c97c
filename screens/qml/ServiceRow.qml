import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One service in a list (search results, a theme's services): its name, the department that
// handles it, and whether it can be done at this kiosk. Tapping it opens the guide.
AbstractButton {
    id: row
    // Filled from the model's roles when used as a delegate.
    required property int index
    required property string itemId
    required property string name
    required property string department
    required property bool selfService

    implicitHeight: Math.max(Theme.minTouch, content.implicitHeight + 2 * Theme.gap)
    onClicked: Router.go("guide", { "itemId": row.itemId })

    background: Rectangle {
        radius: Theme.radius
        color: row.down ? "#DCE6F2" : Theme.surface
        border.color: Theme.border
        border.width: Theme.elder ? 3 : 1
    }
    contentItem: Item {
        RowLayout {
            id: content
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            spacing: Theme.gap
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Text {
                    objectName: "serviceName"
                    Layout.fillWidth: true
                    text: row.name
                    color: Theme.text
                    font.pixelSize: Theme.bodyPx
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: row.department
                    color: Theme.textMuted
                    font.pixelSize: Theme.labelPx
                    wrapMode: Text.WordWrap
                }
            }
            Rectangle {
                objectName: "serviceBadge"
                Layout.alignment: Qt.AlignVCenter
                implicitWidth: badge.implicitWidth + 2 * Theme.gap
                implicitHeight: badge.implicitHeight + Theme.gap
                radius: Theme.radius
                color: row.selfService ? Theme.ok : Theme.surface
                border.width: row.selfService ? 0 : 2
                border.color: Theme.textMuted
                Text {
                    id: badge
                    anchors.centerIn: parent
                    text: row.selfService ? qsTr("Self-service") : qsTr("Guide only")
                    color: row.selfService ? Theme.textOnPrimary : Theme.textMuted
                    font.pixelSize: Theme.labelPx
                    font.bold: true
                }
            }
        }
    }
}
