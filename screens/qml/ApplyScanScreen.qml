import QtQuick
import QtQuick.Layouts
import Kiosk

// Scanning one material with the camera: lay the page under it, take a picture per page; the
// pages are found, flattened, compressed and joined into one PDF off the GUI thread.
Item {
    id: screen
    objectName: "applyScanScreen"

    function problemText(code) {
        switch (code) {
        case "page_not_found": return qsTr("No page was found. Lay the page flat and fully in view, then try again.")
        case "camera_fault": return qsTr("The camera is not working. Please go back and choose another way, or ask staff for help.")
        case "scan_failed": return qsTr("The picture could not be used. Please try again.")
        }
        return ""
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        CameraPreview {
            objectName: "scanPreview"
            Layout.fillWidth: true
            Layout.fillHeight: true
            camera: Camera
            showGuidance: false
        }

        ColumnLayout {
            Layout.preferredWidth: Theme.elder ? 700 : 560
            Layout.fillWidth: false  // its texts fill it; the preview takes the rest
            Layout.fillHeight: true
            spacing: Theme.gap
            // The words scroll when elder mode's type needs more room; the buttons stay.
            Flickable {
                id: info
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentHeight: infoColumn.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ColumnLayout {
                    id: infoColumn
                    width: info.width
                    spacing: Theme.gap
            ApplyHeader {
                Layout.fillWidth: true
                stepNo: 2
                stepName: qsTr("Scan a material")
            }
            Text {
                objectName: "scanMaterialName"
                Layout.fillWidth: true
                text: Apply.scanName
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Lay the page flat under the camera, then tap \"Take picture\". Take one picture per page.")
                font.pixelSize: Theme.bodyPx
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "scanPageCount"
                Layout.fillWidth: true
                text: qsTr("%n page(s) taken", "", Apply.scanPages)
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Apply.scanPages > 0 ? Theme.ok : Theme.textMuted
                wrapMode: Text.WordWrap
            }
            RowLayout {
                visible: Apply.scanBusy
                spacing: Theme.gap
                Spinner { Layout.preferredWidth: Theme.minTouch; Layout.preferredHeight: Theme.minTouch }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Reading the page…")
                    font.pixelSize: Theme.bodyPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
            Text {
                objectName: "scanProblem"
                visible: text !== ""
                Layout.fillWidth: true
                text: screen.problemText(Apply.problem)
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
                }
            }
            KButton {
                objectName: "scanCapture"
                Layout.fillWidth: true
                text: qsTr("Take picture")
                enabled: !Apply.scanBusy && Apply.problem !== "camera_fault"
                onClicked: Apply.capture()
            }
            KButton {
                objectName: "scanRemovePage"
                Layout.fillWidth: true
                outlined: true
                visible: Apply.scanPages > 0
                text: qsTr("Remove last page")
                onClicked: Apply.removeLastPage()
            }
            KButton {
                objectName: "scanDone"
                Layout.fillWidth: true
                baseColor: Theme.ok
                enabled: Apply.scanPages > 0 && !Apply.scanBusy
                text: qsTr("Done")
                onClicked: Apply.finishScan()
            }
        }
    }
}
