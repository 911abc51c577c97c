import QtQuick
import QtQuick.Layouts
import Kiosk

// Shown between visits: touch anywhere to start. Rotating notices, and a greeting when the
// presence sensor sees someone walk up.
Item {
    id: screen
    objectName: "attractScreen"

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.attractTop }
            GradientStop { position: 1.0; color: Theme.attractBottom }
        }
    }
    MouseArea {
        objectName: "attractTouchArea"
        anchors.fill: parent
        onClicked: Router.home()
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.margin
        spacing: Theme.gap * 2

        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: App.personNearby ? qsTr("Hello! Welcome.") : App.siteName
            color: Theme.textOnPrimary
            font.pixelSize: Theme.titlePx
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "attractTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("24-hour government self-service")
            color: Theme.textOnPrimary
            font.pixelSize: Theme.displayPx * 0.8
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            id: notice
            objectName: "attractNotice"
            property int index: 0
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.bodyPx * 3.2
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
            color: Theme.textOnPrimary
            font.pixelSize: Theme.bodyPx
            text: App.notices.length > 0 ? App.notices[index % App.notices.length] : ""
            Behavior on opacity { NumberAnimation { duration: 300 } }
            Timer {
                interval: App.noticeIntervalMs; running: App.notices.length > 1; repeat: true
                onTriggered: notice.index = (notice.index + 1) % App.notices.length
            }
        }
        Rectangle {
            id: startButton
            objectName: "attractStart"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: startLabel.implicitWidth + 4 * Theme.margin
            Layout.preferredHeight: Theme.buttonHeight * 1.6
            radius: height / 2
            color: Theme.textOnPrimary
            Text {
                id: startLabel
                anchors.centerIn: parent
                text: qsTr("Touch the screen to start")
                color: Theme.primary
                font.pixelSize: Theme.titlePx
                font.bold: true
            }
            SequentialAnimation on scale {
                loops: Animation.Infinite
                running: screen.visible
                NumberAnimation { from: 1.0; to: 1.06; duration: 900; easing.type: Easing.InOutQuad }
                NumberAnimation { from: 1.06; to: 1.0; duration: 900; easing.type: Easing.InOutQuad }
            }
        }
    }

    Rectangle {
        objectName: "attractReminder"
        visible: App.reminder.length > 0
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin * 2
        width: Math.min(parent.width - 2 * Theme.margin, reminderText.implicitWidth + 2 * Theme.margin)
        height: reminderText.implicitHeight + Theme.margin
        radius: Theme.radius
        color: "#FFF4D6"
        Text {
            id: reminderText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.parent.width - 4 * Theme.margin)
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            text: Labels.reminder(App.reminder)
            color: "#4A3000"
            font.pixelSize: Theme.bodyPx
            font.bold: true
        }
    }
}
