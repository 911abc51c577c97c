import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// 办件进度查询: choose how (ID card, or the application number on a keypad), then the list of
// applications with status and timeline. The ID card way goes through the identity journey
// (level "idcard") and comes back here with mode "mine".
Item {
    id: screen
    objectName: "progressScreen"
    readonly property string entry: Router.currentParams.mode || ""
    property bool entering: false
    property string digits: ""
    readonly property int digitCount: 14
    readonly property var cardBlocker: Features.blocked["progress_by_card"]
    readonly property bool showResults: Progress.state !== "idle" && !entering

    Component.onCompleted: {
        if (entry === "mine")
            Progress.queryMine()
        else
            Progress.clear()
    }

    function statusLabel(code) {
        switch (code) {
        case "received": return qsTr("Received")
        case "accepted": return qsTr("Accepted")
        case "in_review": return qsTr("Under review")
        case "approved": return qsTr("Approved")
        case "rejected": return qsTr("Not approved")
        case "need_more": return qsTr("More materials needed")
        case "ready_for_pickup": return qsTr("Ready for pickup")
        case "collected": return qsTr("Collected")
        case "delivered": return qsTr("Delivered")
        }
        return code
    }
    function statusColor(code) {
        if (code === "rejected" || code === "need_more") return Theme.danger
        if (code === "approved" || code === "ready_for_pickup" || code === "collected" || code === "delivered") return Theme.ok
        return Theme.primary
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "progressTitle"
                Layout.fillWidth: true
                text: qsTr("Track my applications")
                font.pixelSize: Theme.titlePx
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "progressHolder"
                visible: screen.showResults && Progress.mode === "mine" && Progress.maskedHolder !== ""
                text: qsTr("For: %1").arg(Progress.maskedHolder)
                font.pixelSize: Theme.bodyPx
                color: Theme.textMuted
            }
        }

        TakeCardReminder { Layout.fillWidth: true }

        // -- how to look up ----------------------------------------------------------------
        GridLayout {
            objectName: "progressChooser"
            visible: !screen.showResults && !screen.entering
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.gap

            AbstractButton {
                id: byCard
                objectName: "progressByCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                enabled: screen.cardBlocker === undefined
                onClicked: Identity.begin("idcard", "progress", { "mode": "mine" })
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
                        text: qsTr("Use my ID card")
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
                        text: qsTr("See all your applications: place your ID card on the reader.")
                        font.pixelSize: Theme.bodyPx
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        objectName: "progressByCardReason"
                        visible: screen.cardBlocker !== undefined
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.margin
                        Layout.rightMargin: Theme.margin
                        horizontalAlignment: Text.AlignHCenter
                        text: screen.cardBlocker === undefined ? ""
                              : qsTr("Temporarily unavailable: %1 (%2)")
                                .arg(Labels.deviceKind(screen.cardBlocker.kind))
                                .arg(Labels.deviceState(screen.cardBlocker.state))
                        font.pixelSize: Theme.bodyPx
                        font.bold: true
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                    }
                    Item { Layout.fillHeight: true }
                }
            }
            AbstractButton {
                id: byNumber
                objectName: "progressByNumber"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                onClicked: { screen.digits = ""; screen.entering = true }
                background: Rectangle {
                    radius: Theme.radius * 2
                    color: byNumber.down ? "#DCE6F2" : Theme.surface
                    border.color: Theme.primary
                    border.width: 3
                }
                contentItem: ColumnLayout {
                    spacing: Theme.gap
                    Item { Layout.fillHeight: true }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Enter an application number")
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
                        text: qsTr("The number is printed on your receipt. No ID card needed.")
                        font.pixelSize: Theme.bodyPx
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }

        // -- numeric keypad ----------------------------------------------------------------
        RowLayout {
            objectName: "numberEntry"
            visible: screen.entering
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin * 2

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gap
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Application number")
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
                        objectName: "numberField"
                        anchors.fill: parent
                        anchors.leftMargin: Theme.gap
                        verticalAlignment: Text.AlignVCenter
                        text: "SQ " + screen.digits
                        font.pixelSize: Theme.titlePx
                        font.bold: true
                        font.letterSpacing: 2
                        color: Theme.text
                    }
                }
                Text {
                    objectName: "numberHint"
                    Layout.fillWidth: true
                    text: Progress.state === "invalid" && screen.entering
                          ? qsTr("Please enter all 14 digits after SQ.")
                          : qsTr("Type the 14 digits after SQ, for example SQ 20261122000123.")
                    font.pixelSize: Theme.bodyPx
                    color: Progress.state === "invalid" ? Theme.danger : Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("%1 of %2 digits").arg(screen.digits.length).arg(screen.digitCount)
                    font.pixelSize: Theme.labelPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                KButton {
                    objectName: "numberSearch"
                    Layout.preferredWidth: Theme.elder ? 420 : 320
                    text: qsTr("Look up")
                    enabled: screen.digits.length > 0
                    onClicked: {
                        Progress.queryNumber(screen.digits)
                        if (Progress.state !== "invalid")
                            screen.entering = false
                    }
                }
            }

            NumericKeypad {
                Layout.alignment: Qt.AlignTop
                value: screen.digits
                maxLength: screen.digitCount
                onEdited: (text) => screen.digits = text
            }
        }

        // -- results -----------------------------------------------------------------------
        ColumnLayout {
            objectName: "progressResults"
            visible: screen.showResults
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            RowLayout {
                objectName: "progressLoading"
                visible: Progress.state === "loading"
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.gap
                Spinner { }
                Text {
                    text: qsTr("Looking up your applications…")
                    font.pixelSize: Theme.bodyPx
                    color: Theme.text
                }
            }
            Text {
                objectName: "progressMessage"
                visible: text !== ""
                Layout.fillWidth: true
                text: Progress.state === "empty" ? qsTr("There are no applications on record for you.")
                      : Progress.state === "not_found" ? qsTr("No application has this number. Please check the number on your receipt.")
                      : Progress.state === "offline" ? qsTr("Cannot reach the platform now. Please try again in a moment.")
                      : Progress.state === "error" ? qsTr("The platform could not answer this question. Please ask staff for help.")
                      : Progress.state === "no_identity" ? qsTr("No ID card has been read. Please go back and choose your ID card again.")
                      : ""
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Progress.state === "offline" || Progress.state === "error" ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
            }
            RowLayout {
                visible: Progress.state !== "loading" && Progress.state !== "loaded"
                Layout.fillWidth: true
                spacing: Theme.gap
                KButton {
                    objectName: "progressRetry"
                    visible: Progress.state === "offline"
                    Layout.preferredWidth: Theme.elder ? 360 : 280
                    text: qsTr("Try again")
                    onClicked: Progress.retry()
                }
                KButton {
                    objectName: "progressAnother"
                    outlined: true
                    visible: Progress.mode === "number"
                    Layout.preferredWidth: Theme.elder ? 520 : 420
                    text: qsTr("Enter another number")
                    onClicked: { screen.digits = ""; screen.entering = true }
                }
                Item { Layout.fillWidth: true }
            }

            ListView {
                id: list
                objectName: "applicationList"
                visible: Progress.state === "loaded"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.gap
                boundsBehavior: Flickable.StopAtBounds
                model: Progress.applications
                ScrollBar.vertical: ScrollBar {
                    policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                    width: Theme.gap
                }
                delegate: Rectangle {
                    id: card
                    required property var modelData
                    required property int index
                    objectName: "application_" + index
                    width: list.width - Theme.gap
                    height: cardBody.implicitHeight + 2 * Theme.gap
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: cardBody
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.gap
                        spacing: Theme.gap / 2
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.gap
                            Text {
                                objectName: "applicationItem"
                                Layout.fillWidth: true
                                text: card.modelData.itemName
                                font.pixelSize: Theme.titlePx * 0.8
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                            Rectangle {
                                Layout.alignment: Qt.AlignTop
                                implicitWidth: statusText.implicitWidth + 2 * Theme.gap
                                implicitHeight: statusText.implicitHeight + Theme.gap
                                radius: Theme.radius
                                color: screen.statusColor(card.modelData.status)
                                Text {
                                    id: statusText
                                    objectName: "applicationStatus"
                                    anchors.centerIn: parent
                                    text: screen.statusLabel(card.modelData.status)
                                    font.pixelSize: Theme.labelPx
                                    font.bold: true
                                    color: Theme.textOnPrimary
                                }
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("No. %1 · received %2 · promised by %3")
                                  .arg(card.modelData.applicationId)
                                  .arg(card.modelData.receivedAt)
                                  .arg(card.modelData.promisedDate || "-")
                            font.pixelSize: Theme.labelPx
                            color: Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            objectName: "applicationHolder"
                            visible: Progress.mode === "number" && card.modelData.holderHint !== ""
                            Layout.fillWidth: true
                            text: qsTr("Applicant ID: %1").arg(card.modelData.holderHint)
                            font.pixelSize: Theme.labelPx
                            color: Theme.textMuted
                            wrapMode: Text.WrapAnywhere
                        }
                        Text {
                            objectName: "applicationPickup"
                            visible: !!card.modelData.pickup && card.modelData.status === "ready_for_pickup"
                            Layout.fillWidth: true
                            text: !card.modelData.pickup ? ""
                                  : qsTr("Ready in pickup cabinet compartment %1").arg(card.modelData.pickup.compartment)
                            font.pixelSize: Theme.bodyPx
                            font.bold: true
                            color: Theme.ok
                            wrapMode: Text.WordWrap
                        }
                        Repeater {
                            model: card.modelData.timeline
                            delegate: Text {
                                required property var modelData
                                Layout.fillWidth: true
                                text: "• " + modelData.at + "  " + screen.statusLabel(modelData.status)
                                      + (modelData.note !== "" ? "  " + modelData.note : "")
                                font.pixelSize: Theme.labelPx
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }
        }
    }
}
