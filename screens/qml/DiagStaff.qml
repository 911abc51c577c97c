import QtQuick
import QtQuick.Layouts
import Kiosk

// Staff tasks: paper refill, and putting certificates into the pickup cabinet.
Item {
    id: page
    objectName: "diagStaff"
    property string pickupId: ""
    property string compartment: ""

    function paperText(paper) {
        switch (paper) {
        case "full": return qsTr("Paper: enough")
        case "low": return qsTr("Paper: running low")
        case "out": return qsTr("Paper: out")
        case "jammed": return qsTr("Paper: jammed")
        }
        return qsTr("Paper: unknown")
    }
    function messageText(code) {
        switch (code) {
        case "refill_working": return qsTr("Checking the printer…")
        case "refill_refilled": return qsTr("Paper refill recorded; the page counter starts again at zero.")
        case "refill_still_out": return qsTr("The printer still reports no paper. Check the roll and close the cover.")
        case "refill_not_ready": return qsTr("The printer is not ready. Check the cover and the cable.")
        case "refill_no_printer": return qsTr("No printer is configured.")
        case "refill_failed": return qsTr("The printer did not answer.")
        case "deposit_opening": return qsTr("Opening the compartment…")
        case "deposit_open": return qsTr("Compartment %1 is open. Put the certificate in and close the door.").arg(Diagnostics.depositState.compartment || "")
        case "deposit_deposited": return qsTr("The certificate is in compartment %1. The platform is told.").arg(Diagnostics.depositState.compartment || "")
        case "deposit_deposit_cancelled": return qsTr("The door was closed with nothing inside. Nothing was deposited.")
        case "deposit_failed": return qsTr("The compartment did not open (%1). Choose another one.").arg(Diagnostics.depositState.reason || "")
        case "deposit_platform_down": return qsTr("The platform cannot be reached: the list of certificates to deposit is not available.")
        case "deposit_no_cabinet": return qsTr("There is no pickup cabinet, or it is not ready.")
        }
        return ""
    }

    Flickable {
        anchors.fill: parent
        contentHeight: col.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: col
            width: parent.width
            spacing: Theme.gap

            Text {
                objectName: "diagStaffMessage"
                visible: text !== ""
                Layout.fillWidth: true
                text: page.messageText(Diagnostics.staffMessage)
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Diagnostics.staffMessage.indexOf("failed") >= 0 || Diagnostics.staffMessage.indexOf("still") >= 0
                       || Diagnostics.staffMessage.indexOf("down") >= 0 ? Theme.danger : Theme.primary
                wrapMode: Text.WordWrap
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("Receipt printer")
                font.pixelSize: Theme.titlePx
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "diagPaperState"
                Layout.fillWidth: true
                text: page.paperText(Diagnostics.paper) + " · "
                      + qsTr("%n page(s) since the last refill", "", Diagnostics.pagesSinceRefill)
                font.pixelSize: Theme.bodyPx
                color: Diagnostics.paper === "out" || Diagnostics.paper === "low" ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                KButton {
                    objectName: "diagRefill"
                    enabled: !Diagnostics.staffBusy
                    text: qsTr("Paper refilled")
                    onClicked: Diagnostics.confirmRefill(false)
                }
                KButton {
                    objectName: "diagRefillPrint"
                    enabled: !Diagnostics.staffBusy
                    outlined: true
                    text: qsTr("Paper refilled, print a test line")
                    onClicked: Diagnostics.confirmRefill(true)
                }
            }

            Rectangle { Layout.fillWidth: true; height: 2; color: Theme.border }

            Text {
                Layout.fillWidth: true
                text: qsTr("Put certificates into the pickup cabinet")
                font.pixelSize: Theme.titlePx
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: Diagnostics.pickups.length === 0 ? qsTr("No certificate is waiting to be put in this kiosk's cabinet.")
                      : qsTr("1. Choose the certificate. 2. Choose a free compartment (or any). 3. Open it, put the certificate in, close the door.")
                font.pixelSize: Theme.labelPx
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: Diagnostics.pickups
                KButton {
                    objectName: "diagPickup_" + modelData.pickupId
                    Layout.fillWidth: true
                    outlined: page.pickupId !== modelData.pickupId
                    text: modelData.itemName + " · " + modelData.applicationId + " · " + modelData.holderHint
                    onClicked: page.pickupId = modelData.pickupId
                }
            }
            Flow {
                objectName: "diagCompartments"
                visible: Diagnostics.pickups.length > 0
                Layout.fillWidth: true
                spacing: Theme.gap / 2
                KButton {
                    objectName: "diagCompartment_any"
                    outlined: page.compartment !== ""
                    text: qsTr("Any free")
                    onClicked: page.compartment = ""
                }
                Repeater {
                    model: Diagnostics.freeCompartments
                    KButton {
                        objectName: "diagCompartment_" + modelData
                        outlined: page.compartment !== modelData
                        text: modelData
                        onClicked: page.compartment = modelData
                    }
                }
            }
            KButton {
                objectName: "diagDeposit"
                visible: Diagnostics.pickups.length > 0
                enabled: page.pickupId !== "" && !Diagnostics.staffBusy
                text: qsTr("Open the compartment")
                onClicked: Diagnostics.deposit(page.pickupId, page.compartment)
            }
        }
    }
}
