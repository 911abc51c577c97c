import QtQuick
import QtQuick.Layouts
import Kiosk

// "Are you still there?" with a visible countdown and one-touch continue.
Rectangle {
    id: overlay
    objectName: "idleOverlay"
    visible: Idle.countdownActive
    color: Theme.scrim
    // Swallow touches so nothing behind the overlay reacts; any touch also counts as activity.
    MouseArea { anchors.fill: parent; onClicked: Idle.touch() }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.elder ? 1300 : 1000)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius * 2
        color: Theme.surface
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
                font.pixelSize: Theme.titlePx
                font.bold: true
                color: Theme.text
            }
            Text {
                objectName: "idleSeconds"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: Idle.remaining
                font.pixelSize: Theme.displayPx
                font.bold: true
                color: Theme.danger
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("For your privacy, this visit will end in %1 seconds and everything you entered will be cleared.").arg(Idle.remaining)
                font.pixelSize: Theme.bodyPx
                color: Theme.text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                KButton {
                    objectName: "idleEndButton"
                    Layout.fillWidth: true
                    outlined: true
                    baseColor: Theme.danger
                    text: qsTr("End now")
                    onClicked: Idle.expire_now()
                }
                KButton {
                    objectName: "idleContinueButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.buttonHeight * 1.2
                    text: qsTr("Continue")
                    textPx: Theme.titlePx
                    onClicked: Idle.touch()
                }
            }
        }
    }
}
