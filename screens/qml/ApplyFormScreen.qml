import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Step 1: the application form, pre-filled from the ID card. Fields asked by every service of a
// bundle come first, then each service's own. Numbers are typed on the keypad at the right.
Item {
    id: screen
    objectName: "applyFormScreen"
    property string keypadField: ""
    readonly property var keypadSpec: {
        var fields = Apply.fields
        for (var i = 0; i < fields.length; ++i)
            if (fields[i].name === screen.keypadField)
                return fields[i]
        return null
    }

    function ensureVisible(item) {
        var y = item.mapToItem(formBody, 0, 0).y
        if (y < flick.contentY || y + item.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(y - Theme.gap, flick.contentHeight - flick.height))
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        ApplyHeader {
            Layout.fillWidth: true
            stepNo: 1
            stepName: qsTr("Fill in the form")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Flickable {
                id: flick
                objectName: "applyFormScroll"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentHeight: formBody.implicitHeight + Theme.margin
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; width: Theme.gap }

                ColumnLayout {
                    id: formBody
                    width: flick.width - 2 * Theme.gap
                    spacing: Theme.gap
                    Repeater {
                        model: Apply.fields
                        delegate: ColumnLayout {
                            id: entry
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            spacing: Theme.gap / 2
                            readonly property bool newGroup: index === 0
                                || Apply.fields[index - 1].group !== modelData.group
                            Text {
                                visible: entry.newGroup && Apply.isBundle
                                Layout.fillWidth: true
                                Layout.topMargin: index === 0 ? 0 : Theme.gap
                                text: entry.modelData.group === "" ? qsTr("For all services")
                                                                  : qsTr("For %1").arg(entry.modelData.group)
                                font.pixelSize: Theme.titlePx * (Theme.elder ? 0.75 : 0.7)
                                font.bold: true
                                color: Theme.primary
                                wrapMode: Text.WordWrap
                            }
                            ApplyField {
                                Layout.fillWidth: true
                                field: entry.modelData
                                keypadActive: screen.keypadField === entry.modelData.name
                                onKeypadWanted: (name) => {
                                    if (screen.keypadField !== "" && screen.keypadField !== name)
                                        Apply.checkField(screen.keypadField)
                                    screen.keypadField = name
                                    forceActiveFocus()  // hides the Pinyin keyboard
                                }
                                onFocused: (item) => {
                                    if (screen.keypadField !== "") {
                                        Apply.checkField(screen.keypadField)
                                        screen.keypadField = ""
                                    }
                                    screen.ensureVisible(item)
                                }
                            }
                        }
                    }
                }
            }

            // -- the numeric keypad of the field being typed ---------------------------------
            Rectangle {
                objectName: "applyKeypadPanel"
                visible: screen.keypadSpec !== null
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: keypadColumn.implicitWidth + 2 * Theme.gap
                Layout.preferredHeight: keypadColumn.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.primary
                border.width: 2
                ColumnLayout {
                    id: keypadColumn
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap / 2
                    Text {
                        Layout.fillWidth: true
                        Layout.maximumWidth: keypad.implicitWidth
                        text: screen.keypadSpec ? screen.keypadSpec.label : ""
                        font.pixelSize: Theme.labelPx
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    NumericKeypad {
                        id: keypad
                        value: screen.keypadSpec ? String(Apply.values[screen.keypadField] || "") : ""
                        maxLength: screen.keypadSpec && screen.keypadSpec.maxLength > 0
                                   ? screen.keypadSpec.maxLength : 20
                        allowX: screen.keypadSpec !== null && screen.keypadSpec.type === "id_number"
                        onEdited: (text) => Apply.setValue(screen.keypadField, text)
                    }
                    KButton {
                        objectName: "keypadDone"
                        Layout.fillWidth: true
                        text: qsTr("Done")
                        onClicked: {
                            Apply.checkField(screen.keypadField)
                            screen.keypadField = ""
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "applyFormProblem"
                Layout.fillWidth: true
                visible: Apply.problem === "form_invalid"
                text: qsTr("Please correct the fields marked in red.")
                font.pixelSize: Theme.bodyPx
                font.bold: true
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillWidth: true; visible: Apply.problem !== "form_invalid" }
            KButton {
                objectName: "applyFormNext"
                Layout.preferredWidth: Theme.elder ? 420 : 320
                text: qsTr("Next")
                onClicked: {
                    if (screen.keypadField !== "")
                        screen.keypadField = ""
                    Apply.next()
                }
            }
        }
    }
}
