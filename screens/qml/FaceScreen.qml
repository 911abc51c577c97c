import QtQuick
import QtQuick.Layouts
import Kiosk

// The face check: live preview with the face guide, what to do now (look, blink, turn),
// then "verifying". Camera or capture problems show their message and the way forward here.
Item {
    id: screen
    objectName: "faceScreen"
    readonly property string step: Identity.step
    readonly property bool failed: step === "error"
    readonly property bool capturing: step === "face_capture" || step === "liveness"

    function challengeText(code) {
        switch (code) {
        case "blink": return qsTr("Please blink")
        case "turn_left": return qsTr("Please turn your head to your left")
        case "turn_right": return qsTr("Please turn your head to your right")
        }
        return qsTr("Please look at the camera")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        IdentityHeader {
            Layout.fillWidth: true
            title: qsTr("Face check")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Item {
                id: previewArea
                Layout.fillHeight: true
                Layout.preferredWidth: Math.min(parent.width * 0.55, height * 1.2)
                CameraPreview {
                    objectName: "faceCameraPreview"
                    anchors.fill: parent
                    visible: screen.capturing
                    camera: Camera
                }
                Rectangle {
                    objectName: "verifyingPanel"
                    anchors.fill: parent
                    visible: screen.step === "verifying"
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    Spinner {
                        objectName: "verifyingSpinner"
                        anchors.centerIn: parent
                    }
                }
                ProblemPanel {
                    objectName: "faceError"
                    visible: screen.failed
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.gap
                Item { Layout.fillHeight: true }
                Text {
                    objectName: "faceInstruction"
                    visible: !screen.failed
                    Layout.fillWidth: true
                    text: screen.step === "verifying" ? qsTr("Checking with the identity authority, please wait…")
                          : screen.step === "liveness" ? screen.challengeText(Identity.challenge)
                          : qsTr("Please look at the camera")
                    font.pixelSize: Theme.headlinePx * (Theme.elder ? 0.8 : 0.7)
                    font.bold: true
                    color: screen.step === "liveness" ? Theme.primary : Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "livenessPrompt"
                    visible: screen.step === "liveness"
                    Layout.fillWidth: true
                    text: qsTr("This shows that a live person is in front of the camera.")
                    font.pixelSize: Theme.bodyPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "faceHowTo"
                    visible: screen.step === "face_capture"
                    Layout.fillWidth: true
                    text: qsTr("Stand about an arm's length from the screen, remove hat and sunglasses, and keep your face inside the frame.")
                    font.pixelSize: Theme.bodyPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "faceRemaining"
                    visible: screen.capturing
                    Layout.fillWidth: true
                    text: qsTr("Time left: %1 s").arg(Identity.remaining)
                    font.pixelSize: Theme.labelPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                TakeCardReminder { Layout.fillWidth: true }
                Item { Layout.fillHeight: true }
            }
        }

        IdentityActions {
            objectName: "identityActions"
            Layout.fillWidth: true
        }
    }
}
