import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Step 2: each material, supplied by an e-certificate (免提交, used automatically when the
// platform has one), a camera scan, or, where allowed, a signed commitment to bring it later
// (容缺 / 告知承诺: the text is shown and the resident confirms; the signature covers it).
Item {
    id: screen
    objectName: "applyMaterialsScreen"
    // The material whose commitment text is open (kept here: the list is rebuilt on changes).
    property string committingKey: ""

    function status(m) {
        if (m.preparing)
            return qsTr("Preparing the scan…")
        switch (m.source) {
        case "ecert": return "✓ " + qsTr("E-certificate used: %1").arg(m.ecertName)
        case "scan": return "✓ " + qsTr("Scanned: %n page(s)", "", m.pages)
        case "commitment": return "✓ " + qsTr("You commit to supply it later")
        }
        return m.required ? qsTr("Needed") : qsTr("Optional: not provided")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        ApplyHeader {
            Layout.fillWidth: true
            stepNo: 2
            stepName: qsTr("Materials")
        }
        RowLayout {
            visible: Apply.ecertsState === "loading"
            Layout.fillWidth: true
            spacing: Theme.gap
            Spinner { Layout.preferredWidth: Theme.minTouch; Layout.preferredHeight: Theme.minTouch }
            Text {
                Layout.fillWidth: true
                text: qsTr("Looking up your e-certificates…")
                font.pixelSize: Theme.bodyPx
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
        Text {
            objectName: "ecertsFailed"
            visible: Apply.ecertsState === "failed"
            Layout.fillWidth: true
            text: qsTr("Your e-certificates cannot be looked up right now. Please scan the materials instead.")
            font.pixelSize: Theme.bodyPx
            color: Theme.warn
            wrapMode: Text.WordWrap
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: list.implicitHeight + Theme.margin
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; width: Theme.gap }

            ColumnLayout {
                id: list
                width: flick.width - 2 * Theme.gap
                spacing: Theme.gap
                Repeater {
                    model: Apply.materials
                    delegate: Rectangle {
                        id: card
                        required property var modelData
                        required property int index
                        readonly property bool committing: screen.committingKey === modelData.key
                        objectName: "material_" + index
                        Layout.fillWidth: true
                        implicitHeight: cardColumn.implicitHeight + 2 * Theme.gap
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: modelData.missing ? 4 : 2
                        border.color: modelData.missing ? Theme.danger
                                      : (modelData.source !== "" ? Theme.ok : Theme.border)
                        ColumnLayout {
                            id: cardColumn
                            anchors.fill: parent
                            anchors.margins: Theme.gap
                            spacing: Theme.gap / 2
                            Text {
                                Layout.fillWidth: true
                                text: (card.index + 1) + ". " + card.modelData.name
                                      + "  " + (card.modelData.required ? qsTr("(required)") : qsTr("(if applicable)"))
                                font.pixelSize: Theme.bodyPx
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                visible: card.modelData.note !== ""
                                Layout.fillWidth: true
                                text: card.modelData.note
                                font.pixelSize: Theme.labelPx
                                color: Theme.textMuted
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                objectName: "materialStatus_" + card.index
                                Layout.fillWidth: true
                                text: screen.status(card.modelData)
                                font.pixelSize: Theme.bodyPx
                                font.bold: true
                                color: card.modelData.source !== "" ? Theme.ok
                                       : (card.modelData.missing ? Theme.danger : Theme.textMuted)
                                wrapMode: Text.WordWrap
                            }
                            Flow {
                                Layout.fillWidth: true
                                spacing: Theme.gap / 2
                                KButton {
                                    objectName: "materialEcert_" + card.index
                                    visible: card.modelData.ecertAvailable && card.modelData.source !== "ecert"
                                    outlined: true
                                    text: qsTr("Use e-certificate")
                                    onClicked: Apply.useEcert(card.modelData.key)
                                }
                                KButton {
                                    objectName: "materialScan_" + card.index
                                    outlined: true
                                    text: card.modelData.source === "scan" ? qsTr("Scan again") : qsTr("Scan with the camera")
                                    enabled: Features.blocked["identity_qr"] === undefined && !card.modelData.preparing
                                    onClicked: Apply.startScan(card.modelData.key)
                                }
                                KButton {
                                    objectName: "materialCommit_" + card.index
                                    visible: card.modelData.tolerance && card.modelData.source !== "commitment"
                                    outlined: true
                                    text: qsTr("Supply it later")
                                    onClicked: screen.committingKey = card.modelData.key
                                }
                            }
                            // 告知承诺: the commitment text, confirmed by the resident.
                            Rectangle {
                                visible: card.committing && card.modelData.source !== "commitment"
                                Layout.fillWidth: true
                                implicitHeight: commitColumn.implicitHeight + 2 * Theme.gap
                                radius: Theme.radius
                                color: "#FFF8E6"
                                border.color: Theme.warn
                                border.width: 2
                                ColumnLayout {
                                    id: commitColumn
                                    anchors.fill: parent
                                    anchors.margins: Theme.gap
                                    spacing: Theme.gap / 2
                                    Text {
                                        objectName: "commitmentText_" + card.index
                                        Layout.fillWidth: true
                                        text: qsTr("I commit to supply \"%1\" within the promised time. If I do not, or if this commitment is untrue, the application may be refused and I bear the consequences. My signature at the end covers this commitment.").arg(card.modelData.name)
                                        font.pixelSize: Theme.bodyPx
                                        color: Theme.text
                                        wrapMode: Text.WordWrap
                                    }
                                    KButton {
                                        objectName: "materialCommitConfirm_" + card.index
                                        text: qsTr("I commit")
                                        baseColor: Theme.warn
                                        onClicked: {
                                            Apply.commit(card.modelData.key)
                                            screen.committingKey = ""
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "applyMaterialsProblem"
                Layout.fillWidth: true
                visible: Apply.problem === "materials_missing" || Apply.problem === "scan_failed"
                text: Apply.problem === "scan_failed"
                      ? qsTr("The scan could not be prepared. Please scan the page again.")
                      : qsTr("Please supply the materials marked as needed.")
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillWidth: true; visible: Apply.problem !== "materials_missing" && Apply.problem !== "scan_failed" }
            KButton {
                objectName: "applyMaterialsNext"
                Layout.preferredWidth: Theme.elder ? 420 : 320
                text: qsTr("Next")
                onClicked: Apply.next()
            }
        }
    }
}
