import QtQuick
import QtQuick.Layouts
import Kiosk

// Step 4: the signature. It confirms the form, the materials and any commitment; tapping
// "Sign and submit" renders it (off the GUI thread) and writes the application to the outbox.
Item {
    id: screen
    objectName: "applySignScreen"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        ApplyHeader {
            Layout.fillWidth: true
            stepNo: 4
            stepName: qsTr("Sign")
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Please sign your name in the box with your finger. Your signature confirms that the information is true and covers any commitment you made.")
            font.pixelSize: Theme.bodyPx
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        SignaturePad {
            id: pad
            objectName: "signaturePad"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.elder ? 260 : 220
        }
        Text {
            objectName: "signProblem"
            visible: text !== ""
            Layout.fillWidth: true
            text: Apply.problem === "signature_too_short"
                  ? qsTr("The signature is too short. Please sign your full name.")
                  : Apply.problem === "submit_error"
                  ? qsTr("The signature could not be saved. Please sign again.")
                  : ""
            font.pixelSize: Theme.bodyPx
            font.bold: true
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            KButton {
                objectName: "signClear"
                Layout.preferredWidth: Theme.elder ? 360 : 280
                outlined: true
                text: qsTr("Clear")
                onClicked: pad.clear()
            }
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "signSubmit"
                Layout.preferredWidth: Theme.elder ? 520 : 420
                baseColor: Theme.ok
                text: qsTr("Sign and submit")
                onClicked: Apply.sign(pad.strokes, pad.width, pad.height)
            }
        }
    }
}
