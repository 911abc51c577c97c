import QtQuick
import QtQuick.Layouts
import Kiosk

// Every device: state, sub-status, last error with what to do, counters, driver/firmware.
Item {
    id: page
    objectName: "diagDashboard"

    function actionText(action) {
        switch (action) {
        case "reset": return qsTr("What to do: check the cable and the power, switch the device off and on, then run its self-test.")
        case "clear": return qsTr("What to do: local staff can fix this (load paper, close the cover, remove the jam or the obstacle).")
        case "maintenance": return qsTr("What to do: needs a technician. Check the device; replace it if it stays faulty.")
        case "suspend": return qsTr("What to do: the device is recovering by itself. Wait a minute, then refresh.")
        }
        return ""
    }
    function counterName(name) {
        switch (name) {
        case "pages_printed": return qsTr("pages printed")
        case "jobs_printed": return qsTr("jobs printed")
        case "jobs_refused": return qsTr("jobs refused")
        case "jobs_failed": return qsTr("jobs failed")
        case "bytes_sent": return qsTr("bytes sent")
        case "status_replies": return qsTr("status replies")
        case "pages_since_refill": return qsTr("pages since paper refill")
        case "cards_read": return qsTr("cards read")
        case "probes": return qsTr("card checks")
        case "opens_sent": return qsTr("doors opened")
        case "replies_received": return qsTr("replies received")
        case "bad_frames": return qsTr("bad frames")
        }
        return name.replace(/_/g, " ")
    }
    function exportText() {
        switch (Diagnostics.exportState) {
        case "working": return qsTr("Writing the diagnostics bundle…")
        case "done": return qsTr("Bundle written: %1").arg(Diagnostics.exportPath)
        case "failed": return qsTr("The bundle could not be written: %1").arg(Diagnostics.exportPath)
        }
        return qsTr("The bundle holds scrubbed logs, the masked configuration, device states, the upload queue summary, the audit log and versions. No personal data.")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            KButton {
                objectName: "diagRefresh"
                outlined: true
                text: qsTr("Refresh")
                onClicked: Diagnostics.refresh()
            }
            KButton {
                objectName: "diagExportBundle"
                visible: Diagnostics.role === "technician"
                enabled: Diagnostics.exportState !== "working"
                text: qsTr("Export bundle to USB")
                onClicked: Diagnostics.exportBundle()
            }
            Text {
                objectName: "diagExportMessage"
                visible: Diagnostics.role === "technician"
                Layout.fillWidth: true
                text: page.exportText()
                font.pixelSize: Theme.labelPx
                color: Diagnostics.exportState === "failed" ? Theme.danger : Theme.textMuted
                wrapMode: Diagnostics.exportState === "" ? Text.WordWrap : Text.Wrap
            }
        }

        Flickable {
            objectName: "diagDeviceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: cards.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: cards
                width: parent.width
                spacing: Theme.gap
                Repeater {
                    model: Diagnostics.devices
                    Rectangle {
                        objectName: "diagDevice_" + modelData.deviceId
                        width: cards.width
                        height: body.implicitHeight + 2 * Theme.gap
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: 2
                        border.color: modelData.state === "online" ? Theme.border : Theme.danger
                        ColumnLayout {
                            id: body
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap }
                            spacing: Theme.gap / 3
                            Text {
                                Layout.fillWidth: true
                                text: Labels.deviceKind(modelData.kind) + " (" + modelData.deviceId + ") · "
                                      + Labels.deviceState(modelData.state)
                                      + (modelData.detail ? " · " + modelData.detail : "")
                                font.pixelSize: Theme.bodyPx
                                font.bold: true
                                color: modelData.state === "online" ? Theme.ok : Theme.danger
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                visible: modelData.sub !== ""
                                Layout.fillWidth: true
                                text: qsTr("Status: %1").arg(modelData.sub)
                                font.pixelSize: Theme.labelPx
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                objectName: "diagDeviceError_" + modelData.deviceId
                                visible: modelData.error.code !== undefined
                                Layout.fillWidth: true
                                text: qsTr("Last error: %1 %2").arg(modelData.error.code || "").arg(modelData.error.message || "")
                                font.pixelSize: Theme.labelPx
                                color: Theme.danger
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                objectName: "diagDeviceAction_" + modelData.deviceId
                                visible: modelData.error.action !== undefined && page.actionText(modelData.error.action) !== ""
                                Layout.fillWidth: true
                                text: page.actionText(modelData.error.action || "")
                                font.pixelSize: Theme.labelPx
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                visible: modelData.counters.length > 0
                                Layout.fillWidth: true
                                text: qsTr("Counters: %1").arg(modelData.counters.map(function (c) {
                                    return page.counterName(c.name) + " " + c.value }).join(" · "))
                                font.pixelSize: Theme.labelPx
                                color: Theme.textMuted
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                visible: modelData.info.length > 0
                                Layout.fillWidth: true
                                text: modelData.info.map(function (c) { return c.name + ": " + c.value }).join(" · ")
                                font.pixelSize: Theme.labelPx
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }
    }
}
