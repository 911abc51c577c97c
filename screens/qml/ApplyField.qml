import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One field of the application form, edited the way its type wants: the Pinyin keyboard for
// text, the numeric keypad (keypadWanted) for numbers, phones and ID numbers, big option buttons
// for a choice, year/month/day spinners for a date and a big toggle for a checkbox.
ColumnLayout {
    id: row
    required property var field
    property bool keypadActive: false
    readonly property var value: Apply.values[field.name]
    readonly property var error: Apply.errors[field.name]
    readonly property bool prefilled: Apply.prefilled.indexOf(field.name) >= 0
    // The ID number read from the card is shown masked and is not typed again.
    readonly property bool cardNumber: field.type === "id_number" && prefilled
    signal keypadWanted(string name)
    signal focused(Item item)
    objectName: "field_" + field.name
    spacing: Theme.gap / 2

    function errorText(err) {
        var label = row.field.label
        switch (err.code) {
        case "required":
            return row.field.type === "checkbox" ? qsTr("Please confirm: %1").arg(label)
                                                 : qsTr("Please fill in: %1").arg(label)
        case "pattern":
            if (row.field.type === "phone")
                return qsTr("%1: please enter an 11-digit mobile number starting with 1.").arg(label)
            return qsTr("%1: the format is not correct.").arg(label)
        case "max_length": return qsTr("%1: at most %2 characters.").arg(label).arg(err.limit)
        case "option": return qsTr("%1: please choose one of the options.").arg(label)
        case "id_number": return qsTr("%1: this is not a valid ID number.").arg(label)
        case "date": return qsTr("%1: this is not a valid date.").arg(label)
        }
        return qsTr("%1: please check this value.").arg(label)
    }

    Text {
        visible: row.field.type !== "checkbox"
        Layout.fillWidth: true
        text: row.field.label + (row.field.required ? " *" : "")
              + (row.prefilled ? "  " + qsTr("(from your ID card)") : "")
        font.pixelSize: Theme.labelPx
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    // -- text, address, e-mail: the Pinyin keyboard -----------------------------------------
    TextField {
        id: textInput
        objectName: visible ? "input_" + row.field.name : ""
        visible: ["text", "address", "email"].indexOf(row.field.type) >= 0
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(Theme.buttonHeight, Theme.minTouch)
        font.pixelSize: Theme.bodyPx
        color: Theme.text
        text: row.value === undefined ? "" : String(row.value)
        maximumLength: row.field.maxLength > 0 ? row.field.maxLength : 32767
        inputMethodHints: row.field.type === "email" ? Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                                                     : Qt.ImhNone
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: textInput.activeFocus ? 4 : 2
            border.color: row.error ? Theme.danger : (textInput.activeFocus ? Theme.primary : Theme.border)
        }
        onTextEdited: Apply.setValue(row.field.name, text)
        onEditingFinished: Apply.checkField(row.field.name)
        onActiveFocusChanged: if (activeFocus) row.focused(textInput)
    }

    // -- number, phone, ID number: the numeric keypad ---------------------------------------
    Rectangle {
        objectName: visible ? "input_" + row.field.name : ""
        visible: row.field.keypad
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(Theme.buttonHeight, Theme.minTouch)
        radius: Theme.radius
        color: Theme.surface
        border.width: row.keypadActive ? 4 : 2
        border.color: row.error ? Theme.danger : (row.keypadActive ? Theme.primary : Theme.border)
        Text {
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            verticalAlignment: Text.AlignVCenter
            text: row.cardNumber ? Apply.maskedId
                  : row.value === undefined || row.value === "" ? qsTr("Tap to type") : String(row.value)
            font.pixelSize: Theme.bodyPx
            font.bold: row.value !== undefined && row.value !== ""
            font.letterSpacing: 1
            color: row.value === undefined || row.value === "" ? Theme.textMuted : Theme.text
            elide: Text.ElideLeft
        }
        TapHandler {
            enabled: !row.cardNumber
            onTapped: row.keypadWanted(row.field.name)
        }
    }

    // -- select: big option buttons ---------------------------------------------------------
    Flow {
        visible: row.field.type === "select"
        Layout.fillWidth: true
        spacing: Theme.gap / 2
        Repeater {
            model: row.field.type === "select" ? row.field.options : []
            delegate: KButton {
                required property string modelData
                required property int index
                objectName: "option_" + row.field.name + "_" + index
                outlined: row.value !== modelData
                text: (row.value === modelData ? "✓ " : "") + modelData
                onClicked: Apply.setValue(row.field.name, modelData)
            }
        }
    }

    // -- date: spinners ---------------------------------------------------------------------
    DateSpinner {
        visible: row.field.type === "date"
        name: row.field.name
        value: row.value === undefined ? "" : String(row.value)
        onEdited: (text) => Apply.setValue(row.field.name, text)
    }

    // -- checkbox: a big toggle -------------------------------------------------------------
    KButton {
        objectName: "check_" + row.field.name
        visible: row.field.type === "checkbox"
        Layout.fillWidth: true
        outlined: row.value !== true
        baseColor: row.error ? Theme.danger : Theme.primary
        text: (row.value === true ? "☑ " : "☐ ") + row.field.label
        onClicked: Apply.setValue(row.field.name, row.value !== true)
    }

    Text {
        objectName: "error_" + row.field.name
        visible: row.error !== undefined
        Layout.fillWidth: true
        text: row.error !== undefined ? row.errorText(row.error) : ""
        font.pixelSize: Theme.labelPx
        font.bold: true
        color: Theme.danger
        wrapMode: Text.WordWrap
    }
}
