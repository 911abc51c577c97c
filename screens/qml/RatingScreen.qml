import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// 好差评: five big faces, reasons on a low rating, thank you, then the visit ends.
// The logic lives in the Rating view-model (screens/viewmodels/rating.py).
Item {
    id: screen
    objectName: "ratingScreen"
    readonly property string step: Rating.step

    function levelLabel(level) {
        switch (level) {
        case 5: return qsTr("Very satisfied")
        case 4: return qsTr("Satisfied")
        case 3: return qsTr("Fairly satisfied")
        case 2: return qsTr("Dissatisfied")
        case 1: return qsTr("Very dissatisfied")
        }
        return ""
    }
    function levelColor(level) {
        if (level >= 4) return Theme.ok
        if (level === 3) return Theme.primary
        return Theme.danger
    }
    function reasonLabel(code) {
        switch (code) {
        case "hard_to_use": return qsTr("Hard to use")
        case "too_slow": return qsTr("Too slow")
        case "device_fault": return qsTr("A device did not work")
        case "unclear_info": return qsTr("Information unclear")
        case "not_solved": return qsTr("My matter was not solved")
        }
        return code
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Text {
            objectName: "ratingTitle"
            Layout.fillWidth: true
            text: screen.step === "thanks" || screen.step === "already" ? qsTr("Thank you")
                  : qsTr("How satisfied are you with this visit?")
            font.pixelSize: Theme.titlePx
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "ratingItem"
            visible: Rating.itemName !== "" && (screen.step === "choose" || (screen.step === "reasons" && !Theme.elder))
            Layout.fillWidth: true
            text: qsTr("Service: %1").arg(Rating.itemName)
            font.pixelSize: Theme.bodyPx
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        // -- five levels -----------------------------------------------------------------------
        RowLayout {
            objectName: "ratingLevels"
            visible: screen.step === "choose" || screen.step === "reasons" || screen.step === "saving"
            Layout.fillWidth: true
            Layout.fillHeight: screen.step === "choose"
            Layout.maximumHeight: screen.step === "choose" ? 100000 : (Theme.elder ? 200 : 240)
            spacing: Theme.gap
            Repeater {
                model: Rating.levels
                delegate: AbstractButton {
                    id: levelButton
                    required property var modelData
                    readonly property int level: modelData
                    readonly property bool chosen: Rating.level === level
                    objectName: "rate_" + level
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Layout.minimumHeight: screen.step === "choose" ? (Theme.elder ? 280 : 240)
                                                                   : (Theme.elder ? 190 : 190)
                    enabled: screen.step === "choose" || screen.step === "reasons"
                    onClicked: Rating.choose(level)
                    background: Rectangle {
                        radius: Theme.radius * 2
                        color: levelButton.down ? "#DCE6F2" : (levelButton.chosen ? "#E6EEF8" : Theme.surface)
                        border.color: levelButton.chosen ? screen.levelColor(levelButton.level) : Theme.border
                        border.width: levelButton.chosen ? 6 : (Theme.elder ? 3 : 2)
                    }
                    contentItem: ColumnLayout {
                        spacing: Theme.gap / 2
                        Item { Layout.fillHeight: true }
                        RatingFace {
                            Layout.alignment: Qt.AlignHCenter
                            implicitWidth: screen.step === "choose" ? (Theme.elder ? 150 : 130)
                                                                    : 84
                            level: levelButton.level
                            tint: screen.levelColor(levelButton.level)
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.gap / 2
                            Layout.rightMargin: Theme.gap / 2
                            horizontalAlignment: Text.AlignHCenter
                            text: screen.levelLabel(levelButton.level)
                            font.pixelSize: Theme.bodyPx
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Item { Layout.fillHeight: true }
                    }
                }
            }
        }

        // -- reasons on a low rating -----------------------------------------------------------
        ColumnLayout {
            objectName: "ratingReasons"
            visible: screen.step === "reasons"
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                Layout.fillWidth: true
                text: qsTr("Sorry to hear that. What went wrong? You may choose some, or none.")
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: Rating.reasonOptions
                    delegate: KButton {
                        required property string modelData
                        objectName: "reason_" + modelData
                        readonly property bool on: Rating.reasons.indexOf(modelData) >= 0
                        text: (on ? "✓ " : "") + screen.reasonLabel(modelData)
                        outlined: !on
                        onClicked: Rating.toggleReason(modelData)
                    }
                }
            }
        }

        // -- saving / thanks -------------------------------------------------------------------
        ColumnLayout {
            objectName: "ratingThanks"
            visible: screen.step === "thanks" || screen.step === "already" || screen.step === "saving"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Item { Layout.fillHeight: true }
            Spinner {
                visible: screen.step === "saving"
                Layout.alignment: Qt.AlignHCenter
            }
            Text {
                objectName: "ratingThanksText"
                visible: screen.step !== "saving"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: screen.step === "already" ? qsTr("You have already rated this visit. Thank you.")
                      : Rating.saved ? qsTr("Thank you for your rating. It helps us improve our services.")
                      : qsTr("Thank you. Your rating could not be saved this time.")
                font.pixelSize: Theme.titlePx
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                visible: screen.step === "thanks" || screen.step === "already"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Please take your ID card and any receipt with you.")
                font.pixelSize: Theme.bodyPx
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillHeight: true }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Item { Layout.fillWidth: true; visible: screen.step !== "reasons" }
            KButton {
                objectName: "ratingSkip"
                visible: screen.step === "choose" || screen.step === "reasons"
                outlined: true
                Layout.preferredWidth: Theme.elder ? 360 : 280
                text: qsTr("Skip")
                onClicked: Rating.skip()
            }
            Item { Layout.fillWidth: true; visible: screen.step === "reasons" }
            KButton {
                objectName: "ratingSubmit"
                visible: screen.step === "reasons"
                Layout.preferredWidth: Theme.elder ? 420 : 320
                text: qsTr("Submit rating")
                onClicked: Rating.submit()
            }
            KButton {
                objectName: "ratingDone"
                visible: screen.step === "thanks" || screen.step === "already"
                Layout.preferredWidth: Theme.elder ? 360 : 280
                text: qsTr("Done")
                onClicked: Rating.finish()
            }
        }
    }
}
