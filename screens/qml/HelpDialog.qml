import QtQuick
import QtQuick.Layouts
import Kiosk

// 呼叫帮助: what the request really achieved (the Help singleton follows it through the outbox).
// "Staff have been notified" only once the request is on disk; "sent to staff" once the
// platform has it; without an outbox the resident is told plainly where to get help instead.
Rectangle {
    id: dialog
    objectName: "helpDialog"
    visible: false
    color: Theme.scrim
    readonly property string state_: Help.state
    function open() { visible = true }
    MouseArea { anchors.fill: parent; onClicked: dialog.visible = false }
    Connections {
        target: App
        function onHelpRequested() { dialog.open() }
    }
    Connections {
        target: Router
        // A new visit never starts with the previous resident's dialog open.
        function onVisitEnded() { dialog.visible = false }
    }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.elder ? 1400 : 1000)
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
                objectName: "helpTitle"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: Help.notified ? qsTr("Staff have been notified")
                     : dialog.state_ === "writing" ? qsTr("Calling staff…")
                     : qsTr("Need help?")
                font.pixelSize: Theme.titlePx
                font.bold: true
                color: Theme.text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                visible: dialog.state_ !== "" && dialog.state_ !== "unavailable"
                Spinner {
                    objectName: "helpSpinner"
                    visible: dialog.state_ === "writing" || dialog.state_ === "queued"
                    Layout.alignment: Qt.AlignVCenter
                }
                Text {
                    objectName: "helpDelivery"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: dialog.state_ === "delivered" ? "✓ " + qsTr("Sent to staff. Please stay at this kiosk: someone is coming to help you.")
                         : dialog.state_ === "queued" ? qsTr("Sending to the staff on duty… Please stay at this kiosk.")
                         : qsTr("Saving your request…")
                    font.pixelSize: Theme.bodyPx
                    font.bold: dialog.state_ === "delivered"
                    color: dialog.state_ === "delivered" ? Theme.ok : Theme.text
                }
            }
            Text {
                objectName: "helpUnavailable"
                Layout.fillWidth: true
                visible: dialog.state_ === "unavailable" || dialog.state_ === ""
                wrapMode: Text.WordWrap
                text: qsTr("This kiosk cannot call staff right now. Please ask the staff in this hall, or call the government service hotline 12345.")
                font.pixelSize: Theme.bodyPx
                color: Theme.text
            }
            Text {
                objectName: "helpFallback"
                Layout.fillWidth: true
                visible: dialog.state_ === "writing" || dialog.state_ === "queued" || dialog.state_ === "delivered"
                wrapMode: Text.WordWrap
                text: qsTr("If nobody comes, please ask the staff in this hall or call 12345. Kiosk number: %1").arg(App.kioskId)
                font.pixelSize: Theme.labelPx
                color: Theme.textMuted
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
