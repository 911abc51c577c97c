import QtQuick
import QtQuick.Layouts
import Kiosk

// Self-tests against the real devices (or their simulators), each on a worker thread.
Item {
    id: page
    objectName: "diagTests"

    function testName(name) {
        switch (name) {
        case "printer": return qsTr("Test print")
        case "idcard": return qsTr("Read an ID card")
        case "camera": return qsTr("Camera and face detection")
        case "cabinet": return qsTr("Open and check cabinet doors")
        case "network": return qsTr("Network, platform and clock")
        case "disk": return qsTr("Disk space")
        }
        return name
    }
    function stateText(row) {
        switch (row.state) {
        case "queued": return qsTr("Waiting…")
        case "running": return qsTr("Running…")
        case "pass": return qsTr("Passed")
        case "fail": return qsTr("Failed")
        }
        return qsTr("Not run yet")
    }
    function reasonText(reason) {
        switch (reason) {
        case "ok": return ""
        case "paper_out": return qsTr("Paper out: load a new roll, then use Staff tasks > Paper refilled.")
        case "paper_out_during_job": return qsTr("Paper ran out while printing: load a new roll.")
        case "cover_open": return qsTr("The printer cover is open: close it.")
        case "paper_jam": return qsTr("Paper jam: clear the paper path.")
        case "not_connected": return qsTr("The device is not connected: check the cable and the power.")
        case "timeout": return qsTr("The device did not answer in time.")
        case "not_configured": return qsTr("This device is not configured or not running.")
        case "no_card": return qsTr("No card on the reader: place a card and run the test again.")
        case "card_unreadable": return qsTr("The card could not be read.")
        case "no_frames": return qsTr("No picture from the camera: check the cable.")
        case "slow_camera": return qsTr("The camera delivers too few pictures per second.")
        case "not_ready": return qsTr("The cabinet is not ready (boards not answering).")
        case "no_free_compartment": return qsTr("No free compartment to test.")
        case "door_failed": return qsTr("Some doors did not open or did not close.")
        case "unreachable": return qsTr("The platform cannot be reached: check the network.")
        case "platform_down": return qsTr("The network works but the platform link is not up.")
        case "platform_error": return qsTr("The platform refused the request.")
        case "no_server_time": return qsTr("The platform did not send its time.")
        case "clock_skew": return qsTr("The kiosk clock is off: check the time synchronisation (NTP).")
        case "low_disk": return qsTr("Too little free disk space: export and remove old files.")
        }
        return reason === "" ? "" : qsTr("Error: %1").arg(reason)
    }
    readonly property bool cameraRunning: Diagnostics.tests.length > 2 && Diagnostics.tests[2].state === "running"

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            KButton {
                objectName: "diagRunAll"
                text: qsTr("Run all tests (not the doors)")
                onClicked: Diagnostics.runAllTests()
            }
            Flickable {
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: rows.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Column {
                    id: rows
                    width: parent.width
                    spacing: Theme.gap / 2
                    Repeater {
                        // A fixed count: rows stay (and keep their buttons) while results change.
                        model: Diagnostics.tests.length
                        Rectangle {
                            readonly property var test: Diagnostics.tests[index] || ({})
                            objectName: "diagTest_" + test.name
                            width: rows.width
                            height: Math.max(line.implicitHeight, runButton.implicitHeight) + Theme.gap
                            radius: Theme.radius
                            color: Theme.surface
                            border.width: 2
                            border.color: test.state === "fail" ? Theme.danger : test.state === "pass" ? Theme.ok : Theme.border
                            RowLayout {
                                anchors.fill: parent
                                anchors.margins: Theme.gap / 2
                                spacing: Theme.gap
                                ColumnLayout {
                                    id: line
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Text {
                                        objectName: "diagTestState_" + test.name
                                        Layout.fillWidth: true
                                        text: page.testName(test.name) + ": " + page.stateText(test)
                                        font.pixelSize: Theme.bodyPx
                                        font.bold: true
                                        color: test.state === "fail" ? Theme.danger : test.state === "pass" ? Theme.ok : Theme.text
                                        wrapMode: Text.WordWrap
                                    }
                                    Text {
                                        objectName: "diagTestReason_" + test.name
                                        visible: text !== ""
                                        Layout.fillWidth: true
                                        text: page.reasonText(test.reason)
                                        font.pixelSize: Theme.labelPx
                                        color: Theme.text
                                        wrapMode: Text.WordWrap
                                    }
                                    Text {
                                        objectName: "diagTestDetail_" + test.name
                                        visible: test.detail !== ""
                                        Layout.fillWidth: true
                                        text: test.detail
                                        font.pixelSize: Theme.labelPx
                                        color: Theme.textMuted
                                        wrapMode: Text.Wrap
                                    }
                                }
                                KButton {
                                    id: runButton
                                    objectName: "diagRun_" + test.name
                                    enabled: test.state !== "running" && test.state !== "queued"
                                    outlined: true
                                    text: qsTr("Run")
                                    onClicked: Diagnostics.runTest(test.name)
                                }
                            }
                        }
                    }
                }
            }
        }

        ColumnLayout {
            visible: page.cameraRunning
            Layout.preferredWidth: Theme.elder ? 560 : 640
            Layout.maximumWidth: Theme.elder ? 560 : 640
            Layout.fillWidth: false
            Layout.alignment: Qt.AlignTop
            spacing: Theme.gap / 2
            CameraPreview {
                objectName: "diagCameraPreview"
                Layout.preferredWidth: Theme.elder ? 560 : 640
                Layout.preferredHeight: (Theme.elder ? 560 : 640) * 3 / 4
                camera: Camera
                showGuidance: false
            }
            Text {
                objectName: "diagCameraFps"
                Layout.fillWidth: true
                text: qsTr("%1 frames per second · face: %2").arg(Camera.fps.toFixed(1))
                      .arg(Camera.hasFace ? qsTr("found") : qsTr("not found"))
                font.pixelSize: Theme.labelPx
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
    }
}
