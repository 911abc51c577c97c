import QtQuick
import QtQuick.Layouts
import Kiosk

// Technician access: PIN pad or technician card. Opened by 5 taps on the status bar clock.
// The PIN is never shown, only one dot per digit; checks run off the GUI thread.
Rectangle {
    id: dialog
    objectName: "diagPinDialog"
    color: Theme.scrim

    function message() {
        switch (Diagnostics.pinMessage) {
        case "too_short": return qsTr("The PIN has at least 4 digits.")
        case "wrong_pin": return qsTr("Wrong PIN. %n attempt(s) left before entry is locked.", "", Diagnostics.attemptsLeft)
        case "not_technician_card": return qsTr("This card is not a technician card. %n attempt(s) left before entry is locked.", "", Diagnostics.attemptsLeft)
        case "locked": return qsTr("Too many failed attempts. Entry is locked for %1 min %2 s.")
                              .arg(Math.floor(Diagnostics.lockedSeconds / 60)).arg(Diagnostics.lockedSeconds % 60)
        case "no_reader": return qsTr("The ID card reader is not available. Please use the PIN.")
        case "no_card": return qsTr("No card was found on the reader.")
        case "reading_card": return qsTr("Reading the card…")
        case "no_pin": return qsTr("No PIN is set for this kiosk. Please use a technician card.")
        case "error": return qsTr("The entry could not be checked. Please try again.")
        }
        return Diagnostics.checking ? qsTr("Checking…") : qsTr("Enter the technician or staff PIN, or place a technician card on the reader.")
    }
    readonly property bool locked: Diagnostics.lockedSeconds > 0

    MouseArea { anchors.fill: parent } // modal: nothing behind reacts

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.elder ? 1500 : 1200)
        height: content.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface

        RowLayout {
            id: content
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.margin * 2

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gap
                Text {
                    objectName: "diagPinTitle"
                    Layout.fillWidth: true
                    text: qsTr("Technician access")
                    font.pixelSize: Theme.titlePx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Row {
                    objectName: "diagPinDots"
                    spacing: Theme.gap
                    Layout.preferredHeight: Theme.elder ? 48 : 36
                    Repeater {
                        model: Math.max(Diagnostics.pinLength, 1)
                        Rectangle {
                            width: Theme.elder ? 40 : 30; height: width; radius: width / 2
                            color: Diagnostics.pinLength > 0 ? Theme.text : "transparent"
                            border.color: Theme.textMuted; border.width: 3
                        }
                    }
                }
                Text {
                    objectName: "diagPinMessage"
                    Layout.fillWidth: true
                    text: dialog.message()
                    font.pixelSize: Theme.bodyPx
                    color: Diagnostics.pinMessage === "" || Diagnostics.pinMessage === "reading_card" ? Theme.textMuted : Theme.danger
                    wrapMode: Text.WordWrap
                }
                KButton {
                    objectName: "diagUseCard"
                    Layout.fillWidth: true
                    outlined: true
                    enabled: !Diagnostics.checking && !dialog.locked
                    text: qsTr("Use technician card")
                    onClicked: Diagnostics.useCard()
                }
                KButton {
                    objectName: "diagPinCancel"
                    Layout.fillWidth: true
                    outlined: true
                    baseColor: Theme.danger
                    text: qsTr("Cancel")
                    onClicked: Diagnostics.pinCancel()
                }
            }

            GridLayout {
                objectName: "diagKeypad"
                Layout.alignment: Qt.AlignTop
                columns: 3
                rowSpacing: Theme.gap
                columnSpacing: Theme.gap
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]
                    KButton {
                        objectName: "diagKey_" + modelData
                        Layout.preferredWidth: Theme.elder ? 170 : 140
                        enabled: !Diagnostics.checking && !dialog.locked
                        baseColor: modelData === "ok" ? Theme.ok : Theme.primary
                        outlined: modelData === "del"
                        text: modelData === "del" ? qsTr("Delete") : modelData === "ok" ? qsTr("OK") : modelData
                        textPx: modelData.length === 1 ? Theme.titlePx : Theme.labelPx
                        onClicked: {
                            if (modelData === "del") Diagnostics.pinBackspace()
                            else if (modelData === "ok") Diagnostics.pinSubmit()
                            else Diagnostics.pinDigit(modelData)
                        }
                    }
                }
            }
        }
    }
}
