import QtQuick
import QtQuick.Layouts
import Kiosk

// The upload queue (outbox): depth, oldest item, dead letters with reasons; retry and export.
Item {
    id: page
    objectName: "diagOutbox"
    readonly property var box: Diagnostics.outbox
    readonly property var counts: box.counts || ({})

    function age(seconds) {
        if (seconds === null || seconds === undefined) return qsTr("none waiting")
        if (seconds < 120) return qsTr("%1 s").arg(Math.round(seconds))
        if (seconds < 7200) return qsTr("%1 min").arg(Math.round(seconds / 60))
        return qsTr("%1 h").arg((seconds / 3600).toFixed(1))
    }
    function messageText(message) {
        if (message.indexOf("retried:") === 0) return qsTr("%1 dead letter(s) put back in the queue; sending now.").arg(message.slice(8))
        if (message.indexOf("exported:") === 0) return qsTr("Queue exported (no personal data): %1").arg(message.slice(9))
        if (message === "unavailable") return qsTr("The upload queue is not open.")
        if (message === "export_failed") return qsTr("The queue could not be exported.")
        return ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Text {
            objectName: "diagOutboxSummary"
            Layout.fillWidth: true
            text: page.box.available
                  ? qsTr("Waiting to send: %1 · in flight: %2 · sent: %3 · dead letters: %4 · oldest waiting: %5")
                    .arg(page.counts.pending || 0).arg(page.counts.in_flight || 0).arg(page.counts.done || 0)
                    .arg(page.counts.dead || 0).arg(page.age(page.box.oldest_pending_age_s))
                  : qsTr("The upload queue is not open (the platform link may still be starting).")
            font.pixelSize: Theme.bodyPx
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        RowLayout {
            spacing: Theme.gap
            KButton {
                objectName: "diagOutboxRetry"
                enabled: page.box.available === true
                text: qsTr("Retry now")
                onClicked: Diagnostics.retryOutbox()
            }
            KButton {
                objectName: "diagOutboxExport"
                enabled: page.box.available === true
                outlined: true
                text: qsTr("Export queue")
                onClicked: Diagnostics.exportOutbox()
            }
            KButton {
                objectName: "diagOutboxRefresh"
                outlined: true
                text: qsTr("Refresh")
                onClicked: Diagnostics.refreshOutbox()
            }
        }
        Text {
            objectName: "diagOutboxMessage"
            visible: text !== ""
            Layout.fillWidth: true
            text: page.messageText(Diagnostics.outboxMessage)
            font.pixelSize: Theme.labelPx
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: (page.box.dead_letters || []).length === 0 ? qsTr("No dead letters.")
                  : qsTr("Dead letters (the platform refused them; fix the cause, then retry):")
            font.pixelSize: Theme.labelPx
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        ListView {
            objectName: "diagDeadLetters"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: page.box.dead_letters || []
            boundsBehavior: Flickable.StopAtBounds
            delegate: Text {
                width: ListView.view.width
                text: modelData.kind + " · " + modelData.code + " · " + modelData.message
                      + " · " + qsTr("%n attempt(s)", "", modelData.attempts) + " · " + modelData.dead_at
                font.pixelSize: Theme.labelPx
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
        }
    }
}
