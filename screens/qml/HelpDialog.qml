import QtQuick
import QtQuick.Layouts
import Kiosk

// What "call for help" does today: the request is written to the kiosk log (for the
// attendant console once the platform link exists) and the resident is told plainly where help is.
Rectangle {
    id: dialog
    objectName: "helpDialog"
    visible: false
    color: Theme.scrim
    function open() { visible = true }
    MouseArea { anchors.fill: parent; onClicked: dialog.visible = false }
    Connections {
        target: App
        function onHelpRequested() { dialog.open() }
    }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.elder ? 1300 : 1000)
        height: col.implicitHeight + 2 * Theme.margin
        radius: Theme.radius * 2
        color: Theme.surface
        MouseArea { anchors.fill: parent }  // keep taps on the card from closing it
        ColumnLayout {
            id: col
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap
            Text {
                Layout.fillWidth: true
                text: qsTr("Need help?")
                font.pixelSize: Theme.titlePx
                font.bold: true
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Please ask the staff in this hall, or call the government service hotline 12345. Your request has been recorded on this kiosk (%1).").arg(App.kioskId)
                font.pixelSize: Theme.bodyPx
                color: Theme.text
            }
            KButton {
                objectName: "helpCloseButton"
                Layout.alignment: Qt.AlignRight
                Layout.preferredWidth: Theme.elder ? 320 : 240
                text: qsTr("OK")
                onClicked: dialog.visible = false
            }
        }
    }
}
