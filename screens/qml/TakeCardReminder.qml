import QtQuick
import Kiosk

// "Please take your ID card" while a card read in this journey still lies on the reader.
Rectangle {
    objectName: "takeCardReminder"
    visible: Identity.takeCardReminder
    implicitHeight: visible ? reminderText.implicitHeight + 2 * Theme.gap : 0
    radius: Theme.radius
    color: Theme.warn
    Text {
        id: reminderText
        anchors.fill: parent
        anchors.margins: Theme.gap
        text: qsTr("Please take your ID card from the reader.")
        font.pixelSize: Theme.bodyPx
        font.bold: true
        color: Theme.textOnPrimary
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
