import QtQuick
import QtQuick.Layouts
import Kiosk

Rectangle {
    objectName: "outOfServiceScreen"
    color: Theme.background
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.margin
        spacing: Theme.gap * 2
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            width: Theme.elder ? 200 : 160; height: width; radius: width / 2
            color: Theme.warn
            Text {
                anchors.centerIn: parent
                text: "!"
                color: Theme.textOnPrimary
                font.pixelSize: Theme.displayPx
                font.bold: true
            }
        }
        Text {
            objectName: "outOfServiceTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This kiosk is temporarily out of service")
            font.pixelSize: Theme.headlinePx
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: Labels.outOfServiceReason(App.outOfServiceReason)
            font.pixelSize: Theme.bodyPx
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Please use another self-service kiosk or go to a service window. We are sorry for the inconvenience.")
            font.pixelSize: Theme.bodyPx
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }
}
