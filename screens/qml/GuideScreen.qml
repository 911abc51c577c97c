import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The service guide (办事指南) of one item: everything the catalogue says about it, a QR code
// to read it on a phone, and what can (not yet) be done here. Buttons for features that do not
// exist yet are shown disabled with the honest reason, never as a fake flow.
Item {
    id: screen
    objectName: "guideScreen"
    readonly property string itemId: Router.currentParams.itemId || ""
    // Re-read when a new catalogue version arrives while the guide is open.
    readonly property var guide: Catalogue.version >= 0 ? Catalogue.item(itemId) : ({})
    readonly property bool found: guide.itemId !== undefined

    function days(n) {
        return n === 0 ? qsTr("on the spot") : qsTr("%1 working days").arg(n)
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
    function identity(level) {
        switch (level) {
        case "none": return qsTr("No identity check needed")
        case "idcard": return qsTr("Needs your ID card")
        case "idcard_face": return qsTr("Needs your ID card and a face check")
        }
        return level
    }
    function materialLine(m) {
        var parts = [m.name]
        parts.push(m.required ? qsTr("required") : qsTr("if applicable"))
        if (m.copies > 1)
            parts.push(qsTr("%1 copies").arg(m.copies))
        if (m.note !== "")
            parts.push(m.note)
        return parts.join(" · ")
    }

    Text {
        objectName: "guideMissing"
        visible: !screen.found
        anchors.fill: parent
        anchors.margins: Theme.margin
        text: qsTr("This service is not in this kiosk's catalogue. Please go back and choose another one.")
        font.pixelSize: Theme.bodyPx
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    // Normal mode: the guide on the left, phone/print/apply on the right. Elder mode: the
    // larger type needs the full width for the guide, so the actions become a bar below it.
    GridLayout {
        visible: screen.found
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: Theme.elder ? 1 : 2
        rowSpacing: Theme.gap
        columnSpacing: Theme.margin

        // -- the guide, scrolling ---------------------------------------------------------------
        Flickable {
            id: flick
            objectName: "guideScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: body.implicitHeight + Theme.margin
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; width: Theme.gap }

            ColumnLayout {
                id: body
                width: flick.width - 2 * Theme.gap
                spacing: Theme.gap

                Text {
                    objectName: "guideTitle"
                    Layout.fillWidth: true
                    text: screen.guide.name || ""
                    font.pixelSize: Theme.titlePx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "guideDepartment"
                    Layout.fillWidth: true
                    text: screen.guide.department || ""
                    font.pixelSize: Theme.bodyPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Rectangle {
                        objectName: "guideMode"
                        width: modeText.implicitWidth + 2 * Theme.gap
                        height: modeText.implicitHeight + Theme.gap
                        radius: Theme.radius
                        color: screen.guide.selfService ? Theme.ok : Theme.surface
                        border.width: screen.guide.selfService ? 0 : 2
                        border.color: Theme.textMuted
                        Text {
                            id: modeText
                            anchors.centerIn: parent
                            text: screen.guide.selfService ? qsTr("Self-service at this kiosk")
                                                           : qsTr("Guide only at this kiosk")
                            color: screen.guide.selfService ? Theme.textOnPrimary : Theme.textMuted
                            font.pixelSize: Theme.labelPx
                            font.bold: true
                        }
                    }
                    Text {
                        height: modeText.implicitHeight + Theme.gap
                        verticalAlignment: Text.AlignVCenter
                        text: screen.identity(screen.guide.identityLevel || "")
                        font.pixelSize: Theme.labelPx
                        color: Theme.textMuted
                    }
                }

                Rectangle {
                    objectName: "guideHowToApply"
                    Layout.fillWidth: true
                    implicitHeight: applyNote.implicitHeight + 2 * Theme.gap
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.primary
                    border.width: 2
                    Text {
                        id: applyNote
                        objectName: "applyNote"
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        text: screen.guide.selfService
                              ? qsTr("You can apply at this kiosk now: tap \"Start application\" and have your ID card ready.")
                              : qsTr("This service cannot be completed at a self-service kiosk. Please use one of the places under \"Also available at\".")
                        font.pixelSize: Theme.bodyPx
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                }

                GuideSection {
                    objectName: "guideConditions"
                    Layout.fillWidth: true
                    title: qsTr("Who can apply")
                    lines: screen.guide.conditions || []
                }

                // Materials: each with the marks that save the resident a trip.
                ColumnLayout {
                    objectName: "guideMaterials"
                    Layout.fillWidth: true
                    spacing: Theme.gap / 2
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Materials")
                        font.pixelSize: Theme.titlePx * (Theme.elder ? 0.75 : 0.7)
                        font.bold: true
                        color: Theme.primary
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: (screen.guide.materials || []).length === 0
                        text: qsTr("No materials needed.")
                        font.pixelSize: Theme.bodyPx
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Repeater {
                        model: screen.guide.materials || []
                        delegate: ColumnLayout {
                            required property var modelData
                            required property int index
                            objectName: "material_" + index
                            Layout.fillWidth: true
                            spacing: 4
                            Text {
                                objectName: "materialName"
                                Layout.fillWidth: true
                                text: (index + 1) + ". " + screen.materialLine(modelData)
                                font.pixelSize: Theme.bodyPx
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Flow {
                                Layout.fillWidth: true
                                Layout.leftMargin: Theme.gap
                                spacing: Theme.gap
                                visible: modelData.ecert || modelData.tolerance
                                Text {
                                    objectName: "materialEcert"
                                    visible: modelData.ecert
                                    text: "✓ " + qsTr("E-certificate accepted")
                                    font.pixelSize: Theme.labelPx
                                    font.bold: true
                                    color: Theme.ok
                                }
                                Text {
                                    objectName: "materialTolerance"
                                    visible: modelData.tolerance
                                    text: "✓ " + qsTr("May be replaced by a signed commitment")
                                    font.pixelSize: Theme.labelPx
                                    font.bold: true
                                    color: Theme.warn
                                }
                            }
                        }
                    }
                }

                GuideSection {
                    objectName: "guideFee"
                    Layout.fillWidth: true
                    title: qsTr("Fee")
                    lines: [screen.guide.feeText || ""]
                }
                GuideSection {
                    objectName: "guideTimeLimit"
                    Layout.fillWidth: true
                    title: qsTr("Time limit")
                    lines: screen.found ? [
                        qsTr("Promised: %1").arg(screen.days(screen.guide.promisedDays)),
                        qsTr("Legal limit: %1").arg(screen.days(screen.guide.legalDays))
                    ] : []
                }
                GuideSection {
                    objectName: "guideVisits"
                    Layout.fillWidth: true
                    title: qsTr("Visits to a service window")
                    lines: screen.found ? [screen.guide.visits === 0
                        ? qsTr("None: you do not need to go to a window.")
                        : qsTr("At most %1").arg(screen.guide.visits)] : []
                }
                GuideSection {
                    objectName: "guideDeliveries"
                    Layout.fillWidth: true
                    title: qsTr("How you receive the result")
                    lines: (screen.guide.deliveries || []).map(screen.delivery)
                }
                GuideSection {
                    objectName: "guideWhereElse"
                    Layout.fillWidth: true
                    title: qsTr("Also available at")
                    lines: screen.guide.whereElse || []
                }
                GuideSection {
                    objectName: "guideBundles"
                    Layout.fillWidth: true
                    title: qsTr("Part of the combined service")
                    lines: screen.guide.bundles || []
                }
                GuideSection {
                    objectName: "guideLegalBasis"
                    Layout.fillWidth: true
                    title: qsTr("Legal basis")
                    lines: screen.guide.legalBasis || []
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Service code: %1").arg(screen.guide.code || "")
                    font.pixelSize: Theme.labelPx
                    color: Theme.textMuted
                    wrapMode: Text.WrapAnywhere
                }
            }
        }

        // -- phone, print, apply -------------------------------------------------------------------
        Rectangle {
            objectName: "guideSide"
            Layout.fillHeight: !Theme.elder
            Layout.fillWidth: Theme.elder
            Layout.preferredWidth: Theme.elder ? -1 : 460
            Layout.preferredHeight: Theme.elder ? actions.implicitHeight + 2 * Theme.gap : -1
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            GridLayout {
                id: actions
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.gap
                columns: Theme.elder ? 4 : 1
                rowSpacing: Theme.gap
                columnSpacing: Theme.margin
                Image {
                    objectName: "guideQr"
                    Layout.alignment: Theme.elder ? Qt.AlignVCenter : Qt.AlignHCenter
                    Layout.preferredWidth: Theme.elder ? 200 : 260
                    Layout.preferredHeight: Layout.preferredWidth
                    source: screen.guide.qr || ""
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                }
                Text {
                    Layout.fillWidth: !Theme.elder
                    Layout.preferredWidth: Theme.elder ? 300 : -1
                    text: qsTr("Scan with your phone to read this guide")
                    horizontalAlignment: Theme.elder ? Text.AlignLeft : Text.AlignHCenter
                    font.pixelSize: Theme.labelPx
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.gap / 2
                    KButton {
                        objectName: "printGuideButton"
                        readonly property bool mine: GuidePrint.itemId === screen.itemId
                        Layout.fillWidth: true
                        outlined: true
                        enabled: GuidePrint.available && !(mine && GuidePrint.state === "printing")
                        text: mine && GuidePrint.state === "printing" ? qsTr("Printing…")
                                                                      : qsTr("Print this guide")
                        onClicked: GuidePrint.printGuide(screen.itemId)
                    }
                    Text {
                        objectName: "printGuideNote"
                        readonly property bool mine: GuidePrint.itemId === screen.itemId
                        visible: text !== ""
                        Layout.fillWidth: true
                        text: !GuidePrint.available
                              ? (GuidePrint.paperOut ? qsTr("The printer is out of paper. Please ask staff.")
                                                     : qsTr("The printer is not available right now."))
                              : !mine ? ""
                              : GuidePrint.state === "printed" ? qsTr("Printed. Please take the guide from the printer.")
                              : GuidePrint.state === "failed"
                                ? (GuidePrint.reason === "paper_out" ? qsTr("The printer ran out of paper. Please ask staff.")
                                                                     : qsTr("The guide could not be printed. Please ask staff."))
                              : ""
                        font.pixelSize: Theme.labelPx
                        font.bold: mine && GuidePrint.state === "failed"
                        color: mine && GuidePrint.state === "failed" || !GuidePrint.available ? Theme.danger
                               : mine && GuidePrint.state === "printed" ? Theme.ok : Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.gap / 2
                    visible: screen.guide.selfService === true
                    KButton {
                        objectName: "startApplicationButton"
                        Layout.fillWidth: true
                        enabled: startNote.blocker === undefined
                        text: qsTr("Start application")
                        onClicked: Apply.begin(screen.itemId)
                    }
                    Text {
                        id: startNote
                        objectName: "startApplicationNote"
                        visible: blocker !== undefined
                        // A device the application needs is not working: say which (it comes
                        // back by itself, Features follows the devices).
                        readonly property var blocker: Features.blocked[
                            screen.guide.identityLevel === "idcard_face" ? "apply_face" : "apply"]
                        Layout.fillWidth: true
                        text: blocker !== undefined ? Labels.unavailable(blocker)
                                                    : qsTr("Not available yet at this kiosk.")
                        font.pixelSize: Theme.labelPx
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
