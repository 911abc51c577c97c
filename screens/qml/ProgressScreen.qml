import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// 办件进度查询: choose how (ID card, the application number on a keypad, or the QR code on the
// receipt shown to the camera), then the list of applications with status and timeline. The ID
// card way goes through the identity journey (level "idcard") and comes back here with mode
// "mine". When the platform cannot be reached the list is the last known state, under an
// "offline" banner; applications still waiting in this kiosk's queue are listed as such.
Item {
    id: screen
    objectName: "progressScreen"
    readonly property string entry: Router.currentParams.mode || ""
    property bool entering: false
    property string digits: ""
    readonly property int digitCount: 14
    readonly property var cardBlocker: Features.blocked["progress_by_card"]
    readonly property var qrBlocker: Features.blocked["progress_by_qr"]
    readonly property bool scanning: Progress.state === "scanning"
    readonly property bool showResults: Progress.state !== "idle" && !scanning && !entering

    Component.onCompleted: {
        if (entry === "mine")
            Progress.queryMine()
        else
            Progress.clear()
    }
    Component.onDestruction: Progress.stopScan()

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
        case "queued": return qsTr("Waiting to be sent")
        case "not_accepted": return qsTr("Not accepted")
        }
        return code
    }
    function statusColor(code) {
        if (code === "rejected" || code === "need_more" || code === "not_accepted") return Theme.danger
        if (code === "queued") return Theme.warn
        if (code === "approved" || code === "ready_for_pickup" || code === "collected" || code === "delivered") return Theme.ok
        return Theme.primary
    }
    function message(state) {
        switch (state) {
        case "empty": return qsTr("There are no applications on record for you.")
        case "not_found": return Progress.mode === "qr"
                                 ? qsTr("No application has the number on this receipt. If it was made at another kiosk more than a few days ago, please ask staff.")
                                 : qsTr("No application has this number. Please check the number on your receipt.")
        case "offline": return qsTr("Progress cannot be checked now: the platform cannot be reached and this kiosk has no earlier answer for you. Please try again later, call 12345, or use the mobile app.")
        case "error": return qsTr("The platform could not answer this question. Please ask staff for help.")
        case "no_identity": return qsTr("No ID card has been read. Please go back and choose your ID card again.")
        case "scan_timeout": return qsTr("No receipt code was seen. Hold the QR code on your receipt flat in front of the camera, or type the number instead.")
        case "camera_unavailable": return qsTr("The camera is not working now, so receipt codes cannot be read. Please type the number on your receipt instead.")
        }
        return ""
    }

    // One big way to look up progress (three side by side).
    component Choice: AbstractButton {
        id: choice
        property string title: ""
        property string detail: ""
        property var blocker: undefined
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        enabled: blocker === undefined
        background: Rectangle {
            radius: Theme.radius * 2
            color: choice.down ? "#DCE6F2" : Theme.surface
            border.color: choice.enabled ? Theme.primary : Theme.border
            border.width: 3
        }
        contentItem: ColumnLayout {
            spacing: Theme.gap
            Item { Layout.fillHeight: true }
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                horizontalAlignment: Text.AlignHCenter
                text: choice.title
                font.pixelSize: Theme.titlePx
                font.bold: true
                color: choice.enabled ? Theme.primary : Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                horizontalAlignment: Text.AlignHCenter
                text: choice.detail
                font.pixelSize: Theme.bodyPx
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: choice.objectName + "Reason"
                visible: choice.blocker !== undefined
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                horizontalAlignment: Text.AlignHCenter
                text: choice.blocker === undefined ? ""
                      : qsTr("Temporarily unavailable: %1 (%2)")
                        .arg(Labels.deviceKind(choice.blocker.kind))
                        .arg(Labels.deviceState(choice.blocker.state))
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillHeight: true }
        }
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
        RowLayout {
            objectName: "progressChooser"
            visible: !screen.showResults && !screen.entering && !screen.scanning
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            Choice {
                objectName: "progressByCard"
                title: qsTr("Use my ID card")
                detail: qsTr("See all your applications: place your ID card on the reader.")
                blocker: screen.cardBlocker
                onClicked: Identity.begin("idcard", "progress", { "mode": "mine" })
            }
            Choice {
                objectName: "progressByNumber"
                title: qsTr("Enter an application number")
                detail: qsTr("The number is printed on your receipt. No ID card needed.")
                onClicked: { screen.digits = ""; screen.entering = true }
            }
            Choice {
                objectName: "progressByQr"
                title: qsTr("Scan my receipt")
                detail: qsTr("Show the QR code printed on your receipt to the camera.")
                blocker: screen.qrBlocker
                onClicked: Progress.scanReceipt()
            }
        }

        // -- the camera, looking for the receipt's QR code -----------------------------------
        RowLayout {
            objectName: "receiptScan"
            visible: screen.scanning
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Item {
                Layout.fillHeight: true
                Layout.preferredWidth: Math.min(parent.width * 0.5, height * 1.2)
                CameraPreview {
                    objectName: "receiptCameraPreview"
                    anchors.fill: parent
                    showGuidance: false
                    camera: Camera
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.gap
                Item { Layout.fillHeight: true }
                Text {
                    objectName: "receiptScanInstruction"
                    Layout.fillWidth: true
                    text: qsTr("Hold the QR code on your receipt in front of the camera")
                    font.pixelSize: Theme.headlinePx * (Theme.elder ? 0.7 : 0.6)
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "receiptScanHint"
                    visible: Progress.scanHint === "not_receipt"
                    Layout.fillWidth: true
                    text: qsTr("This code is not from a receipt. Please show the QR code printed on your receipt.")
                    font.pixelSize: Theme.bodyPx
                    font.bold: true
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "receiptScanRemaining"
                    Layout.fillWidth: true
                    text: qsTr("Time left: %1 s").arg(Progress.scanRemaining)
                    font.pixelSize: Theme.labelPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                KButton {
                    objectName: "receiptScanCancel"
                    Layout.preferredWidth: Theme.elder ? 520 : 420
                    outlined: true
                    text: qsTr("Choose another way")
                    onClicked: Progress.stopScan()
                }
                Item { Layout.fillHeight: true }
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
                text: screen.message(Progress.state)
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Progress.state === "empty" || Progress.state === "not_found"
                       || Progress.state === "no_identity" ? Theme.text : Theme.danger
                wrapMode: Text.WordWrap
            }
            // The platform cannot be reached: what is shown is the last known state.
            Rectangle {
                objectName: "offlineBanner"
                visible: Progress.state === "loaded" && Progress.offline
                Layout.fillWidth: true
                implicitHeight: bannerText.implicitHeight + Theme.gap
                radius: Theme.radius
                color: Theme.warn
                Text {
                    id: bannerText
                    objectName: "offlineBannerText"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: Theme.gap
                    anchors.rightMargin: Theme.gap
                    text: Progress.lastUpdated !== ""
                          ? qsTr("Offline — last updated %1. This is the last known state; it may have changed since.").arg(Progress.lastUpdated)
                          : qsTr("Offline — the platform cannot be reached now.")
                    font.pixelSize: Theme.bodyPx
                    font.bold: true
                    color: Theme.textOnPrimary
                    wrapMode: Text.WordWrap
                }
            }
            RowLayout {
                visible: Progress.state !== "loading"
                         && (Progress.state !== "loaded" || Progress.offline || Progress.mode !== "mine")
                Layout.fillWidth: true
                spacing: Theme.gap
                KButton {
                    objectName: "progressRetry"
                    visible: Progress.state === "offline" || Progress.offline
                             || Progress.state === "scan_timeout" || Progress.state === "camera_unavailable"
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
                KButton {
                    objectName: "progressScanAnother"
                    outlined: true
                    visible: Progress.mode === "qr" && Progress.state !== "scan_timeout"
                             && Progress.state !== "camera_unavailable"
                    Layout.preferredWidth: Theme.elder ? 520 : 420
                    text: qsTr("Scan another receipt")
                    onClicked: Progress.scanReceipt()
                }
                KButton {
                    objectName: "progressOtherWay"
                    outlined: true
                    visible: Progress.mode === "qr" || Progress.state === "offline"
                    Layout.preferredWidth: Theme.elder ? 520 : 420
                    text: qsTr("Choose another way")
                    onClicked: Progress.clear()
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
                    readonly property bool queued: !!card.modelData.queued
                    // submitted here, then refused by the platform: only staff can help
                    readonly property bool notAccepted: !!card.modelData.notAccepted
                    readonly property bool local: queued || notAccepted
                    objectName: "application_" + index
                    width: list.width - Theme.gap
                    height: cardBody.implicitHeight + 2 * Theme.gap
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: card.notAccepted ? Theme.danger : (card.queued ? Theme.warn : Theme.border)
                    border.width: card.local ? 3 : 1
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
                                text: card.modelData.itemName !== "" ? card.modelData.itemName
                                                                     : qsTr("Application")
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
                            objectName: "applicationQueued"
                            visible: card.queued
                            Layout.fillWidth: true
                            text: qsTr("Submitted on this kiosk, waiting to be sent. It is sent automatically when the network is back; nothing else to do.")
                            font.pixelSize: Theme.bodyPx
                            font.bold: true
                            color: Theme.warn
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            objectName: "applicationNotAccepted"
                            visible: card.notAccepted
                            Layout.fillWidth: true
                            text: qsTr("Submitted on this kiosk, but the platform did not accept it. Please take this receipt to the staff at the counter; they will help you apply again.")
                            font.pixelSize: Theme.bodyPx
                            font.bold: true
                            color: Theme.danger
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            objectName: "applicationNumber"
                            Layout.fillWidth: true
                            text: card.local
                                  ? qsTr("Receipt No. %1 · submitted %2").arg(card.modelData.applicationId)
                                    .arg(card.modelData.updatedAt)
                                  : qsTr("No. %1 · received %2 · promised by %3")
                                    .arg(card.modelData.applicationId)
                                    .arg(card.modelData.receivedAt)
                                    .arg(card.modelData.promisedDate || "-")
                            font.pixelSize: Theme.labelPx
                            color: Theme.textMuted
                            wrapMode: Text.WrapAnywhere
                        }
                        Text {
                            objectName: "applicationFetched"
                            visible: card.modelData.fetchedAt !== ""
                            Layout.fillWidth: true
                            text: qsTr("Last known state, as of %1").arg(card.modelData.fetchedAt)
                            font.pixelSize: Theme.labelPx
                            font.bold: true
                            color: Theme.warn
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            objectName: "applicationHolder"
                            visible: Progress.mode !== "mine" && card.modelData.holderHint !== ""
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
            // Keeps messages at the top when there is no list to fill the page.
            Item {
                visible: !list.visible
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }
}
