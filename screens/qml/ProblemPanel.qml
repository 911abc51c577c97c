import QtQuick
import QtQuick.Layouts
import Kiosk

// What went wrong in the identity journey and what to do now (Identity.problem).
Rectangle {
    id: panel
    property string problem: Identity.problem
    implicitHeight: col.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.danger
    border.width: 3

    function title(code) {
        switch (code) {
        case "no_card": return qsTr("No ID card found")
        case "card_removed": return qsTr("The card was moved")
        case "unreadable": return qsTr("The card could not be read")
        case "expired_card": return qsTr("This ID card has expired")
        case "reader_fault": return qsTr("The card reader is not working")
        case "camera_fault": return qsTr("The camera is not working")
        case "face_timeout": return qsTr("We could not take a clear picture")
        case "liveness_failed": return qsTr("The check was not completed")
        case "qr_timeout": return qsTr("No QR code was found")
        case "qr_rejected": return qsTr("This code is not valid")
        }
        return qsTr("Something went wrong")
    }
    function advice(code) {
        switch (code) {
        case "no_card": return qsTr("Please put your ID card flat on the reader below the screen and leave it there.")
        case "card_removed": return qsTr("Please place the card again and leave it until reading has finished.")
        case "unreadable": return qsTr("The card may be damaged or not a valid ID card. Please try again, or ask staff for help.")
        case "expired_card": return qsTr("An expired card cannot be used here. Please use the mobile app QR code or ask staff for help.")
        case "reader_fault": return qsTr("Please try again. If it still does not work, ask staff for help.")
        case "camera_fault": return qsTr("Please try again, or ask staff to check your identity in person.")
        case "face_timeout": return qsTr("Please stand in front of the screen, face the camera and keep still, then try again.")
        case "liveness_failed": return qsTr("Please follow the instruction on the screen, for example blink, and try again.")
        case "qr_timeout": return qsTr("Please hold your phone about 20 cm in front of the camera, screen towards it.")
        case "qr_rejected": return qsTr("The code may have expired. Please refresh it in the app and try again.")
        }
        return qsTr("Please try again, or ask staff for help.")
    }

    ColumnLayout {
        id: col
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Text {
            objectName: "problemTitle"
            Layout.fillWidth: true
            text: panel.title(panel.problem)
            font.pixelSize: Theme.titlePx
            font.bold: true
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "problemAdvice"
            Layout.fillWidth: true
            text: panel.advice(panel.problem)
            font.pixelSize: Theme.bodyPx
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }
}
