import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Step 5: submitting (the outbox first), then the receipt: the platform's application number,
// or, when the platform cannot be reached, the kiosk reference and how it will travel. The
// receipt is printed when a printer can; otherwise it is shown here, and said so.
Item {
    id: screen
    objectName: "applyReceiptScreen"
    readonly property string step: Apply.step
    readonly property bool waiting: step === "submitting" || step === "waiting"
    readonly property bool failed: step === "submit_failed"
    readonly property bool ready: step === "receipt"

    function failure(code) {
        switch (code) {
        case "store_full": return qsTr("This kiosk's storage is full, so your application could not be saved. Nothing you entered is lost: please try again, or ask staff for help.")
        case "store_error": return qsTr("This kiosk could not save your application. Nothing you entered is lost: please try again, or ask staff for help.")
        case "outbox_unavailable": return qsTr("This kiosk is still starting up. Please try again in a moment.")
        }
        return qsTr("Your application could not be saved. Please try again, or ask staff for help.")
    }
    function printText(state) {
        if (state === "printing")
            return qsTr("Printing your receipt…")
        if (state === "printed")
            return qsTr("Please take your ID card and your receipt.")
        if (state === "failed:paper_out")
            return qsTr("No paper receipt could be printed: the printer is out of paper. Please note or photograph your application number. Please take your ID card.")
        return qsTr("No paper receipt could be printed. Please note or photograph your application number. Please take your ID card.")
    }
    function delivery(code) {
        switch (code) {
        case "cabinet": return qsTr("Pickup cabinet")
        case "post": return qsTr("By post")
        case "ecert": return qsTr("Electronic certificate")
        case "window": return qsTr("Collect at a service window")
        }
        return code
    }

    // -- submitting ---------------------------------------------------------------------------
    ColumnLayout {
        visible: screen.waiting
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.margin
        Spinner { Layout.alignment: Qt.AlignHCenter }
        Text {
            objectName: "receiptWaiting"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: screen.step === "submitting" ? qsTr("Submitting your application…")
                                               : qsTr("Submitted. Getting your application number…")
            font.pixelSize: Theme.titlePx
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }

    // -- not submitted -----------------------------------------------------------------------
    ColumnLayout {
        visible: screen.failed
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.elder ? 1500 : 1200)
        spacing: Theme.gap
        Text {
            objectName: "receiptFailedTitle"
            Layout.fillWidth: true
            text: qsTr("Not submitted")
            font.pixelSize: Theme.headlinePx * 0.7
            font.bold: true
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "receiptFailedReason"
            Layout.fillWidth: true
            text: screen.failure(Apply.problem)
            font.pixelSize: Theme.bodyPx
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            KButton {
                objectName: "receiptRetry"
                Layout.preferredWidth: Theme.elder ? 420 : 320
                text: qsTr("Try again")
                onClicked: Apply.retry()
            }
            KButton {
                objectName: "receiptCancel"
                Layout.preferredWidth: Theme.elder ? 420 : 320
                outlined: true
                text: qsTr("Back to signing")
                onClicked: Apply.back()
            }
        }
    }

    // -- the receipt -------------------------------------------------------------------------
    ColumnLayout {
        visible: screen.ready
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Text {
            objectName: "receiptTitle"
            Layout.fillWidth: true
            text: Apply.anyRefused ? qsTr("Not accepted by the platform") : qsTr("Application submitted")
            font.pixelSize: Theme.headlinePx * 0.7
            font.bold: true
            color: Apply.anyRefused ? Theme.danger : Theme.ok
            wrapMode: Text.WordWrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Flickable {
                id: flick
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentHeight: lines.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded; width: Theme.gap }
                ColumnLayout {
                    id: lines
                    width: flick.width - Theme.gap
                    spacing: Theme.gap
                    Text {
                        objectName: "receiptRefused"
                        visible: screen.ready && Apply.anyRefused
                        Layout.fillWidth: true
                        text: qsTr("The platform did not accept the application marked below. Nothing you entered is lost: please take this receipt to the staff at the counter; they will help you.")
                        font.pixelSize: Theme.bodyPx
                        font.bold: true
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        objectName: "receiptOffline"
                        visible: screen.ready && Apply.anyWaiting
                        Layout.fillWidth: true
                        text: qsTr("Submitted on this kiosk; it will be sent automatically when the network returns. Query progress with your ID card.")
                        font.pixelSize: Theme.bodyPx
                        font.bold: true
                        color: Theme.warn
                        wrapMode: Text.WordWrap
                    }
                    Repeater {
                        model: Apply.receipt
                        delegate: Rectangle {
                            id: line
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            implicitHeight: lineColumn.implicitHeight + 2 * Theme.gap
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: line.modelData.refused ? Theme.danger : Theme.border
                            border.width: line.modelData.refused ? 3 : 1
                            ColumnLayout {
                                id: lineColumn
                                anchors.fill: parent
                                anchors.margins: Theme.gap
                                spacing: 4
                                Text {
                                    Layout.fillWidth: true
                                    text: line.modelData.itemName
                                    font.pixelSize: Theme.bodyPx
                                    font.bold: true
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                }
                                Text {
                                    objectName: "receiptLineRefused_" + line.index
                                    visible: !!line.modelData.refused
                                    Layout.fillWidth: true
                                    text: qsTr("Not accepted: please see staff")
                                    font.pixelSize: Theme.bodyPx
                                    font.bold: true
                                    color: Theme.danger
                                    wrapMode: Text.WordWrap
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: line.modelData.delivered ? qsTr("Application number") : qsTr("Kiosk reference number")
                                    font.pixelSize: Theme.labelPx
                                    color: Theme.textMuted
                                    wrapMode: Text.WordWrap
                                }
                                Text {
                                    objectName: "receiptNumber_" + line.index
                                    Layout.fillWidth: true
                                    text: line.modelData.number
                                    font.pixelSize: Apply.receipt.length > 1 ? Theme.titlePx : Theme.headlinePx
                                    font.bold: true
                                    font.letterSpacing: 2
                                    color: Theme.primary
                                    wrapMode: Text.WrapAnywhere
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: (line.modelData.promisedDate !== ""
                                           ? qsTr("Promised by %1").arg(line.modelData.promisedDate) + " · " : "")
                                          + screen.delivery(line.modelData.delivery)
                                    font.pixelSize: Theme.labelPx
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.preferredWidth: Theme.elder ? 340 : 300
                Layout.fillWidth: false  // its texts fill it; it must not take the row
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gap / 2
                Image {
                    objectName: "receiptQr"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Theme.elder ? 240 : 260
                    Layout.preferredHeight: Layout.preferredWidth
                    source: Apply.receiptQr
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Scan to check progress")
                    font.pixelSize: Theme.labelPx
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "receiptPrintState"
                Layout.fillWidth: true
                text: screen.printText(Apply.printState)
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Apply.printState.indexOf("failed") === 0 ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
            }
            KButton {
                objectName: "receiptFinish"
                Layout.preferredWidth: Theme.elder ? 420 : 320
                text: qsTr("Finish")
                onClicked: Apply.finish()
            }
        }
    }
}
