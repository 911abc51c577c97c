import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// 取号 and 预约签到: choose a service for a number, or check in (ID card or appointment code);
// the number comes from the platform. Logic: the Ticket view-model (screens/viewmodels/ticket.py).
Item {
    id: screen
    objectName: "ticketScreen"
    readonly property string step: Ticket.step
    readonly property var t: Ticket.ticket
    readonly property var cardBlocker: Features.blocked["progress_by_card"]

    function printLine() {
        if (Ticket.printState === "printing") return qsTr("Printing your ticket…")
        if (Ticket.printState === "printed") return qsTr("Please take your ticket from the printer.")
        if (Ticket.printReason === "paper_out") return qsTr("The printer is out of paper. Please note your number; staff have been told.")
        return qsTr("The ticket could not be printed. Please note your number.")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Text {
            objectName: "ticketTitle"
            Layout.fillWidth: true
            text: qsTr("Queue number and appointment check-in")
            font.pixelSize: Theme.titlePx
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }

        TakeCardReminder { Layout.fillWidth: true }

        // -- choose ------------------------------------------------------------------------------
        RowLayout {
            objectName: "ticketChooser"
            visible: screen.step === "choose"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                spacing: Theme.gap
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Take a number for:")
                    font.pixelSize: Theme.bodyPx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: Theme.elder ? 2 : 4
                    rowSpacing: Theme.gap
                    columnSpacing: Theme.gap
                    Repeater {
                        model: Theme.elder ? Ticket.serviceTypes.slice(0, 6) : Ticket.serviceTypes
                        delegate: KButton {
                            required property string modelData
                            objectName: "service_" + modelData
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            Layout.preferredHeight: Theme.elder ? Theme.buttonHeight : Theme.tileHeight
                            outlined: modelData !== "general"
                            text: modelData === "general" ? qsTr("General services") : Labels.category(modelData)
                            onClicked: Ticket.requestTicket(modelData)
                        }
                    }
                }
                Text {
                    objectName: "ticketPrinterNote"
                    visible: !Ticket.printerReady
                    Layout.fillWidth: true
                    text: qsTr("The printer is not available: your number will be shown on the screen.")
                    font.pixelSize: Theme.bodyPx
                    color: Theme.warn
                    wrapMode: Text.WordWrap
                }
                Item { Layout.fillHeight: true }
            }

            Rectangle {
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                Layout.fillWidth: true
                radius: Theme.radius * 2
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.elder ? 3 : 2
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("I have an appointment")
                        font.pixelSize: Theme.bodyPx
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    KButton {
                        objectName: "checkinByCard"
                        Layout.fillWidth: true
                        enabled: screen.cardBlocker === undefined
                        text: qsTr("Check in with my ID card")
                        onClicked: Identity.begin("idcard", "ticket", { "mode": "checkin_card" })
                    }
                    Text {
                        objectName: "checkinCardReason"
                        visible: screen.cardBlocker !== undefined
                        Layout.fillWidth: true
                        text: screen.cardBlocker === undefined ? ""
                              : qsTr("Temporarily unavailable: %1 (%2)")
                                .arg(Labels.deviceKind(screen.cardBlocker.kind))
                                .arg(Labels.deviceState(screen.cardBlocker.state))
                        font.pixelSize: Theme.labelPx
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                    }
                    KButton {
                        objectName: "checkinByCode"
                        Layout.fillWidth: true
                        outlined: true
                        text: qsTr("Enter appointment code")
                        onClicked: { codePad.value = ""; Ticket.enterCode() }
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }

        // -- appointment code --------------------------------------------------------------------
        RowLayout {
            objectName: "ticketCodeEntry"
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
                    text: qsTr("Appointment code (8 digits, in your booking message)")
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
                    border.color: Theme.primary
                    border.width: 3
                    Text {
                        objectName: "codeField"
                        anchors.fill: parent
                        anchors.leftMargin: Theme.gap
                        verticalAlignment: Text.AlignVCenter
                        text: codePad.value
                        font.pixelSize: Theme.titlePx
                        font.bold: true
                        font.letterSpacing: 6
                        color: Theme.text
                    }
                }
                Text {
                    objectName: "codeHint"
                    Layout.fillWidth: true
                    text: Ticket.reason === "invalid_code" ? qsTr("Please enter all 8 digits.")
                          : qsTr("%1 of %2 digits").arg(codePad.value.length).arg(8)
                    font.pixelSize: Theme.labelPx
                    color: Ticket.reason === "invalid_code" ? Theme.danger : Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    spacing: Theme.gap
                    KButton {
                        objectName: "codeSubmit"
                        Layout.preferredWidth: Theme.elder ? 360 : 280
                        text: qsTr("Check in")
                        enabled: codePad.value.length > 0
                        onClicked: Ticket.checkinByCode(codePad.value)
                    }
                    KButton {
                        objectName: "codeCancel"
                        outlined: true
                        Layout.preferredWidth: Theme.elder ? 360 : 280
                        text: qsTr("Cancel")
                        onClicked: Ticket.again()
                    }
                }
            }
            NumericKeypad {
                id: codePad
                Layout.alignment: Qt.AlignTop
                namePrefix: "code"
                maxLength: 8
                onEdited: (text) => codePad.value = text
            }
        }

        // -- waiting -----------------------------------------------------------------------------
        ColumnLayout {
            objectName: "ticketRequesting"
            visible: screen.step === "requesting"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Item { Layout.fillHeight: true }
            Spinner { Layout.alignment: Qt.AlignHCenter }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: Ticket.purpose === "checkin" ? qsTr("Checking you in. Please wait…")
                                                   : qsTr("Getting your number. Please wait…")
                font.pixelSize: Theme.titlePx
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillHeight: true }
        }

        // -- the number --------------------------------------------------------------------------
        ColumnLayout {
            objectName: "ticketIssued"
            visible: screen.step === "issued"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap / 2
            Text {
                objectName: "ticketLate"
                visible: Ticket.late
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Your number has arrived after all.")
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Theme.ok
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: screen.t.alreadyCheckedIn ? qsTr("You had already checked in. Your number is")
                      : Ticket.purpose === "checkin" ? qsTr("You are checked in. Your number is")
                      : qsTr("Your number is")
                font.pixelSize: Theme.bodyPx
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "ticketNumber"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: screen.t.number || ""
                font.pixelSize: Theme.displayPx * 1.4
                font.bold: true
                color: Theme.primary
            }
            Text {
                objectName: "ticketDetails"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: Ticket.purpose === "checkin"
                      ? qsTr("%1 · %2 · %3").arg(screen.t.itemName || "").arg(screen.t.window || "").arg(screen.t.time || "")
                      : qsTr("%1 · %2 waiting ahead of you").arg(screen.t.serviceName || "").arg(screen.t.waiting || 0)
                font.pixelSize: Theme.bodyPx
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "ticketPrintState"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: screen.printLine()
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Ticket.printState === "failed" ? Theme.danger : Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillHeight: true }
        }

        // -- problems ----------------------------------------------------------------------------
        Rectangle {
            objectName: "ticketProblem"
            visible: screen.step === "unavailable" || screen.step === "no_appointment" || screen.step === "refused"
            Layout.fillWidth: true
            Layout.preferredHeight: problemCol.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.danger
            border.width: 3
            ColumnLayout {
                id: problemCol
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.gap
                Text {
                    objectName: "ticketProblemTitle"
                    Layout.fillWidth: true
                    text: screen.step === "no_appointment" ? qsTr("No appointment found for today")
                          : screen.step === "unavailable" ? (Ticket.purpose === "checkin"
                                ? qsTr("Check-in is not possible right now")
                                : qsTr("Numbers cannot be issued right now"))
                          : qsTr("The request was not accepted")
                    font.pixelSize: Theme.titlePx
                    font.bold: true
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "ticketProblemAdvice"
                    Layout.fillWidth: true
                    text: screen.step === "no_appointment"
                          ? (Ticket.method === "code" ? qsTr("Please check the code in your booking message, or ask staff at the service desk.")
                                                      : qsTr("We found no appointment for today for this ID card. Please ask staff at the service desk."))
                          : screen.step === "unavailable"
                          ? qsTr("The service hall's queue system cannot be reached. Please ask the staff at the service desk for a number. No number has been taken for you.")
                          : qsTr("Please ask the staff at the service desk.")
                    font.pixelSize: Theme.bodyPx
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }
        Item {
            visible: screen.step === "unavailable" || screen.step === "no_appointment" || screen.step === "refused"
            Layout.fillHeight: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            visible: screen.step !== "choose" && screen.step !== "code" && screen.step !== "requesting"
            KButton {
                objectName: "ticketAgain"
                visible: screen.step === "unavailable" || screen.step === "no_appointment" || screen.step === "refused"
                outlined: true
                Layout.preferredWidth: Theme.elder ? 360 : 280
                text: qsTr("Try again")
                onClicked: Ticket.again()
            }
            KButton {
                objectName: "ticketHelp"
                visible: screen.step === "unavailable" || screen.step === "refused"
                baseColor: Theme.danger
                Layout.preferredWidth: Theme.elder ? 420 : 320
                text: qsTr("Call for help")
                onClicked: App.callHelp("ticket")
            }
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "ticketDone"
                Layout.preferredWidth: Theme.elder ? 360 : 280
                text: qsTr("Done")
                onClicked: Ticket.finish()
            }
        }
    }
}
