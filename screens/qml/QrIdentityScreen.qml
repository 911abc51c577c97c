import QtQuick
import QtQuick.Layouts
import Kiosk

// Identity from the mobile app: the resident shows the app's identity QR code to the camera.
Item {
    id: screen
    objectName: "qrIdentityScreen"
    readonly property string step: Identity.step
    readonly property bool failed: step === "error"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        IdentityHeader {
            Layout.fillWidth: true
            title: qsTr("Show your QR code")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Item {
                Layout.fillHeight: true
                Layout.preferredWidth: Math.min(parent.width * 0.55, height * 1.2)
                CameraPreview {
                    objectName: "qrCameraPreview"
                    anchors.fill: parent
                    visible: screen.step === "qr_scan"
                    showGuidance: false
                    camera: Camera
                }
                Rectangle {
                    objectName: "qrVerifyingPanel"
                    anchors.fill: parent
                    visible: screen.step === "qr_verifying"
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    Spinner { anchors.centerIn: parent }
                }
                ProblemPanel {
                    objectName: "qrError"
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
                    objectName: "qrInstruction"
                    visible: !screen.failed
                    Layout.fillWidth: true
                    text: screen.step === "qr_verifying" ? qsTr("Checking your code, please wait…")
                                                         : qsTr("Open the mobile app and show your identity QR code to the camera")
                    font.pixelSize: Theme.headlinePx * (Theme.elder ? 0.7 : 0.6)
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "qrHint"
                    visible: Identity.hint === "not_identity_code" && screen.step === "qr_scan"
                    Layout.fillWidth: true
                    text: qsTr("This is not an identity code. Please show the identity code from the app.")
                    font.pixelSize: Theme.bodyPx
                    font.bold: true
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "qrRemaining"
                    visible: screen.step === "qr_scan"
                    Layout.fillWidth: true
                    text: qsTr("Time left: %1 s").arg(Identity.remaining)
                    font.pixelSize: Theme.labelPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Item { Layout.fillHeight: true }
            }
        }

        IdentityActions {
            objectName: "identityActions"
            Layout.fillWidth: true
        }
    }
}
