import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// 取件: by pickup code (keypad) or ID card + face; the compartment opens, the screen shows
// which one (big, with a map of the cabinet) until the door is closed again, then prints the
// pickup slip. Logic: the Pickup view-model (screens/viewmodels/pickup.py).
Item {
    id: screen
    objectName: "pickupScreen"
    readonly property string step: Pickup.step
    readonly property var faceBlocker: Features.blocked["identity_face"]
    readonly property bool problemStep: ["open_failed", "busy", "not_ready", "locked", "none_found", "not_collected"].indexOf(step) >= 0

    function problemTitle() {
        switch (screen.step) {
        case "open_failed": return qsTr("The compartment door did not open")
        case "busy": return qsTr("This compartment needs a member of staff")
        case "not_ready": return qsTr("The pickup cabinet is temporarily unavailable")
        case "locked": return qsTr("Too many wrong pickup codes")
        case "none_found": return qsTr("No certificate is waiting for you in this cabinet")
        case "not_collected": return qsTr("Your certificate is still in the compartment")
        }
        return ""
    }
    function problemAdvice() {
        switch (screen.step) {
        case "open_failed": return qsTr("Nothing was taken out. Staff have been called and will open it for you. Please wait here or tap \"Call for help\".")
        case "busy": return qsTr("Please tap \"Call for help\"; staff will check the compartment.")
        case "not_ready": return qsTr("Please try again later, or ask staff at the service desk.")
        case "locked": return Pickup.problem !== "" && Pickup.problem !== "0"
                              ? qsTr("For your security, codes can be tried again in %1 seconds. Staff have been told.").arg(Pickup.problem)
                              : qsTr("For your security, please ask staff for help.")
        case "none_found": return qsTr("It may not have arrived yet or may be at another kiosk. Please check the message you received, or enter the pickup code.")
        case "not_collected": return qsTr("The door was closed with the certificate inside. You can open it once more, or call for help.")
        }
        return ""
    }
    function printLine() {
        if (Pickup.printState === "printing") return qsTr("Printing your pickup slip…")
        if (Pickup.printState === "printed") return qsTr("Please take your pickup slip from the printer.")
        if (Pickup.printReason === "paper_out") return qsTr("The printer is out of paper, so no pickup slip was printed. Staff have been told.")
        return qsTr("No pickup slip could be printed. Your collection is recorded.")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Text {
            objectName: "pickupTitle"
            visible: screen.step !== "open"
            Layout.fillWidth: true
            text: qsTr("Collect a certificate")
            font.pixelSize: Theme.titlePx
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }

        TakeCardReminder { Layout.fillWidth: true }

        // -- choose ------------------------------------------------------------------------------
        GridLayout {
            objectName: "pickupChooser"
            visible: screen.step === "choose"
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            columnSpacing: Theme.margin
            AbstractButton {
                id: byCode
                objectName: "pickupByCode"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                onClicked: { pickupPad.value = ""; Pickup.useCode() }
                background: Rectangle {
                    radius: Theme.radius * 2
                    color: byCode.down ? "#DCE6F2" : Theme.surface
                    border.color: Theme.primary
                    border.width: 3
                }
                contentItem: ColumnLayout {
                    spacing: Theme.gap
                    Item { Layout.fillHeight: true }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Enter my pickup code")
                        font.pixelSize: Theme.titlePx
                        font.bold: true
                        color: Theme.primary
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.margin
                        Layout.rightMargin: Theme.margin
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("The 6-digit code is in the message telling you the certificate is ready.")
                        font.pixelSize: Theme.bodyPx
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    Item { Layout.fillHeight: true }
                }
            }
            AbstractButton {
                id: byCard
                objectName: "pickupByCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                enabled: screen.faceBlocker === undefined
                onClicked: Identity.begin("idcard_face", "pickup", { "mode": "mine" })
                background: Rectangle {
                    radius: Theme.radius * 2
                    color: byCard.down ? "#DCE6F2" : Theme.surface
                    border.color: byCard.enabled ? Theme.primary : Theme.border
                    border.width: 3
                }
                contentItem: ColumnLayout {
                    spacing: Theme.gap
                    Item { Layout.fillHeight: true }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Use my ID card and face")
                        font.pixelSize: Theme.titlePx
                        font.bold: true
                        color: byCard.enabled ? Theme.primary : Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.margin
                        Layout.rightMargin: Theme.margin
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("No code? Your ID card and a face check show all certificates waiting for you.")
                        font.pixelSize: Theme.bodyPx
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        objectName: "pickupByCardReason"
                        visible: screen.faceBlocker !== undefined
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.margin
                        Layout.rightMargin: Theme.margin
                        horizontalAlignment: Text.AlignHCenter
                        text: screen.faceBlocker === undefined ? ""
                              : qsTr("Temporarily unavailable: %1 (%2)")
                                .arg(Labels.deviceKind(screen.faceBlocker.kind))
                                .arg(Labels.deviceState(screen.faceBlocker.state))
                        font.pixelSize: Theme.bodyPx
                        font.bold: true
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }

        // -- pickup code -------------------------------------------------------------------------
        RowLayout {
            objectName: "pickupCodeEntry"
            visible: screen.step === "code"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin * 2
            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gap
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Pickup code")
                    font.pixelSize: Theme.bodyPx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.buttonHeight
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Pickup.codeProblem === "wrong" ? Theme.danger : Theme.primary
                    border.width: 3
                    Text {
                        objectName: "pickupCodeField"
                        anchors.fill: parent
                        anchors.leftMargin: Theme.gap
                        verticalAlignment: Text.AlignVCenter
                        // The code is a credential: shown as dots, like a PIN.
                        text: "●".repeat(pickupPad.value.length)
                        font.pixelSize: Theme.titlePx
                        font.letterSpacing: 8
                        color: Theme.text
                    }
                }
                Text {
                    objectName: "pickupCodeHint"
                    Layout.fillWidth: true
                    text: Pickup.codeProblem === "wrong"
                          ? qsTr("This code does not match any certificate here. Please check it and try again (%1 tries left).").arg(Pickup.attemptsLeft)
                          : Pickup.codeProblem === "invalid" ? qsTr("Please enter all 6 digits.")
                          : qsTr("%1 of %2 digits").arg(pickupPad.value.length).arg(6)
                    font.pixelSize: Theme.bodyPx
                    font.bold: Pickup.codeProblem !== ""
                    color: Pickup.codeProblem !== "" ? Theme.danger : Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                KButton {
                    objectName: "pickupCodeSubmit"
                    Layout.preferredWidth: Theme.elder ? 560 : 380
                    text: qsTr("Open my compartment")
                    enabled: pickupPad.value.length > 0
                    onClicked: { Pickup.submitCode(pickupPad.value); pickupPad.value = "" }
                }
            }
            NumericKeypad {
                id: pickupPad
                Layout.alignment: Qt.AlignTop
                namePrefix: "pickup"
                maxLength: 6
                onEdited: (text) => pickupPad.value = text
            }
        }

        // -- opening / printing ------------------------------------------------------------------
        ColumnLayout {
            objectName: "pickupWaiting"
            visible: screen.step === "opening" || screen.step === "printing"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Item { Layout.fillHeight: true }
            Spinner { Layout.alignment: Qt.AlignHCenter }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: screen.step === "opening" ? qsTr("Opening compartment %1…").arg(Pickup.compartment)
                                                : qsTr("Printing your pickup slip…")
                font.pixelSize: Theme.titlePx
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillHeight: true }
        }

        // -- door open ---------------------------------------------------------------------------
        RowLayout {
            objectName: "pickupOpen"
            visible: screen.step === "open"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.gap
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Text {
                        Layout.alignment: Qt.AlignBaseline
                        text: qsTr("Compartment")
                        font.pixelSize: Theme.titlePx
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        objectName: "pickupCompartment"
                        Layout.alignment: Qt.AlignBaseline
                        text: Pickup.compartment
                        font.pixelSize: Theme.displayPx * (Theme.elder ? 1.0 : 1.3)
                        font.bold: true
                        color: Theme.ok
                    }
                }
                Text {
                    objectName: "pickupOpenText"
                    Layout.fillWidth: true
                    text: qsTr("The door is open. Please take your certificate and close the door firmly.")
                    font.pixelSize: Theme.titlePx * 0.8
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    // Elder mode: room for the close-the-door reminder first.
                    visible: Pickup.current.itemName !== undefined && Pickup.current.itemName !== ""
                             && !(Theme.elder && (Pickup.alarm || Pickup.remindClose))
                    Layout.fillWidth: true
                    text: qsTr("Certificate: %1").arg(Pickup.current.itemName || "")
                    font.pixelSize: Theme.bodyPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Rectangle {
                    objectName: "pickupCloseReminder"
                    visible: Pickup.alarm || Pickup.remindClose
                    Layout.fillWidth: true
                    Layout.preferredHeight: reminderText.implicitHeight + 2 * Theme.gap
                    radius: Theme.radius
                    color: Pickup.alarm ? Theme.danger : Theme.warn
                    Text {
                        id: reminderText
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        text: Pickup.alarm ? qsTr("The door has been open for a long time. Please close it. Staff have been told.")
                                           : qsTr("Please close the door of compartment %1 when you have your certificate.").arg(Pickup.compartment)
                        font.pixelSize: Theme.bodyPx
                        font.bold: true
                        color: Theme.textOnPrimary
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                Item { Layout.fillHeight: true }
            }
            CabinetMap {
                objectName: "cabinetMap"
                Layout.alignment: Qt.AlignTop
                layout: Pickup.cabinetLayout
                highlight: Pickup.compartment
            }
        }

        // -- several certificates ----------------------------------------------------------------
        ListView {
            id: list
            objectName: "pickupList"
            visible: screen.step === "list"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap
            boundsBehavior: Flickable.StopAtBounds
            model: Pickup.pickups
            header: Text {
                width: list.width
                bottomPadding: Theme.gap
                text: qsTr("Certificates waiting for you in this cabinet:")
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                objectName: "pickupRow_" + index
                width: list.width
                height: rowLayout.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: row.modelData.itemName || qsTr("Certificate")
                            font.pixelSize: Theme.bodyPx
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.modelData.state === "collected" ? qsTr("Collected from compartment %1").arg(row.modelData.compartment)
                                  : qsTr("In compartment %1").arg(row.modelData.compartment)
                            font.pixelSize: Theme.labelPx
                            color: row.modelData.state === "collected" ? Theme.ok : Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                    }
                    KButton {
                        objectName: "pickupOpen_" + row.index
                        visible: row.modelData.state !== "collected"
                        Layout.preferredWidth: Theme.elder ? 320 : 240
                        text: qsTr("Open")
                        onClicked: Pickup.openPickup(row.modelData.pickupId)
                    }
                }
            }
        }

        // -- problems ----------------------------------------------------------------------------
        Rectangle {
            objectName: "pickupProblem"
            visible: screen.problemStep
            Layout.fillWidth: true
            Layout.preferredHeight: problemCol.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: Theme.surface
            border.color: screen.step === "none_found" ? Theme.primary : Theme.danger
            border.width: 3
            ColumnLayout {
                id: problemCol
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.gap
                Text {
                    objectName: "pickupProblemTitle"
                    Layout.fillWidth: true
                    text: screen.problemTitle()
                    font.pixelSize: Theme.titlePx
                    font.bold: true
                    color: screen.step === "none_found" ? Theme.text : Theme.danger
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "pickupProblemAdvice"
                    Layout.fillWidth: true
                    text: screen.problemAdvice()
                    font.pixelSize: Theme.bodyPx
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }

        // -- done --------------------------------------------------------------------------------
        ColumnLayout {
            objectName: "pickupDone"
            visible: screen.step === "done"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Item { Layout.fillHeight: true }
            Text {
                objectName: "pickupDoneText"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Thank you. Your certificate has been collected.")
                font.pixelSize: Theme.titlePx
                font.bold: true
                color: Theme.ok
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "pickupPrintState"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: screen.printLine()
                font.pixelSize: Theme.bodyPx
                color: Pickup.printState === "failed" ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillHeight: true }
        }
        Item { visible: screen.problemStep; Layout.fillHeight: true }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            visible: screen.problemStep || screen.step === "list" || screen.step === "done" || screen.step === "open"
            KButton {
                objectName: "pickupOpenAgain"
                visible: screen.step === "not_collected"
                Layout.preferredWidth: Theme.elder ? 360 : 280
                text: qsTr("Open again")
                onClicked: Pickup.openPickup(Pickup.current.pickupId)
            }
            KButton {
                objectName: "pickupHelp"
                visible: screen.problemStep && screen.step !== "none_found" || screen.step === "open"
                baseColor: Theme.danger
                Layout.preferredWidth: Theme.elder ? 420 : 320
                text: qsTr("Call for help")
                onClicked: Pickup.callHelp()
            }
            KButton {
                objectName: "pickupUseCode"
                visible: screen.step === "none_found"
                outlined: true
                Layout.preferredWidth: Theme.elder ? 480 : 360
                text: qsTr("Enter a pickup code")
                onClicked: { pickupPad.value = ""; Pickup.useCode() }
            }
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "pickupFinish"
                visible: screen.step !== "open"
                Layout.preferredWidth: Theme.elder ? 360 : 280
                text: screen.step === "list" && Pickup.collectedCount > 0 ? qsTr("Finish") : qsTr("Done")
                onClicked: Pickup.finish()
            }
        }
    }
}
