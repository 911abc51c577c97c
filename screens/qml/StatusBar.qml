import QtQuick
import QtQuick.Layouts
import Kiosk

// Always visible: time, platform connection, upload queue, devices, language, elder mode, help.
Rectangle {
    id: bar
    color: Theme.statusBar
    implicitHeight: Theme.statusBarHeight
    property string screenName: ""

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap * 1.5

        Text {
            id: clock
            objectName: "statusClock"
            color: Theme.textOnStatusBar
            font.pixelSize: Theme.labelPx
            font.bold: true
            text: Qt.formatDateTime(now, "HH:mm")
            property date now: new Date()
            Timer {
                interval: 1000; running: true; repeat: true
                onTriggered: clock.now = new Date()
            }
            // Hidden technician gesture: 5 taps on the clock (top-left corner) within 3 s open
            // the diagnostics PIN pad (screens/viewmodels/diagnostics.py counts the taps).
            MouseArea {
                objectName: "diagCorner"
                anchors.fill: parent
                anchors.margins: -Theme.gap
                onClicked: Diagnostics.cornerTap()
            }
        }
        Text {
            visible: !Theme.elder
            Layout.fillWidth: true
            Layout.minimumWidth: 80
            color: Theme.textOnStatusBar
            font.pixelSize: Theme.labelPx
            elide: Text.ElideRight
            text: App.siteName
        }
        Item { Layout.fillWidth: true; visible: Theme.elder }

        StatusDot {
            objectName: "statusNetwork"
            good: App.network === "online"
            text: App.network === "online" ? qsTr("Platform online")
                 : App.network === "offline" ? qsTr("Platform offline") : qsTr("Connecting…")
        }
        StatusDot {
            objectName: "statusQueue"
            // Elder mode's larger buttons (voice, language, mode, help) need the room.
            visible: App.queueDepth >= 0 && !Theme.elder
            good: App.queueDepth === 0
            text: App.queueDepth === 0 ? qsTr("All sent") : qsTr("%n waiting to send", "", App.queueDepth)
        }
        StatusDot {
            objectName: "statusDevices"
            visible: Devices.count > 0 && !Theme.elder
            good: Devices.problemCount === 0
            text: Devices.problemCount === 0 ? qsTr("Devices OK")
                                             : qsTr("%n device(s) need attention", "", Devices.problemCount)
        }

        // Spoken prompts on every screen (the Voice singleton); the visit starts as the site
        // configures it and elder mode switches it on.
        KButton {
            id: voiceButton
            objectName: "voiceButton"
            implicitHeight: Theme.statusBarHeight - 16
            implicitWidth: voiceRow.implicitWidth + 2 * Theme.gap
            text: Voice.on ? qsTr("Voice on") : qsTr("Voice off")
            Accessible.name: text
            onClicked: Voice.toggle()
            contentItem: Item {
                implicitWidth: voiceRow.implicitWidth
                implicitHeight: voiceRow.implicitHeight
                Row {
                    id: voiceRow
                    anchors.centerIn: parent
                    spacing: 8
                    SpeakerIcon {
                        objectName: "voiceIcon"
                        anchors.verticalCenter: parent.verticalCenter
                        on: Voice.on
                        color: Theme.textOnStatusBar
                    }
                    Text {
                        objectName: "voiceLabel"
                        anchors.verticalCenter: parent.verticalCenter
                        text: voiceButton.text
                        color: Theme.textOnStatusBar
                        font: voiceButton.font
                    }
                }
            }
            background: Rectangle { radius: Theme.radius; color: parent.down ? "#1D4A80" : "transparent"; border.color: Theme.textOnStatusBar; border.width: 2 }
        }
        KButton {
            objectName: "languageButton"
            outlined: true
            baseColor: Theme.textOnStatusBar
            implicitHeight: Theme.statusBarHeight - 16
            text: App.language === "zh_CN" ? "English" : "中文"
            onClicked: App.toggleLanguage()
            background: Rectangle { radius: Theme.radius; color: parent.down ? "#1D4A80" : "transparent"; border.color: Theme.textOnStatusBar; border.width: 2 }
        }
        KButton {
            objectName: "elderButton"
            implicitHeight: Theme.statusBarHeight - 16
            text: Theme.elder ? qsTr("Standard mode") : qsTr("Large text")
            onClicked: App.toggleElderMode()
            background: Rectangle { radius: Theme.radius; color: parent.down ? "#1D4A80" : "transparent"; border.color: Theme.textOnStatusBar; border.width: 2 }
        }
        KButton {
            objectName: "helpButton"
            implicitHeight: Theme.statusBarHeight - 16
            baseColor: Theme.danger
            text: qsTr("Call for help")
            onClicked: App.callHelp(bar.screenName)
        }
    }
}
