import QtQuick
import QtQuick.Layouts
import Kiosk

// A big numeric keypad: 1-9, Clear, 0, Delete (and X for ID numbers). It shows nothing itself:
// each key reports the new text (`value` with the key applied, at most `maxLength` characters)
// with edited(text), and the owner stores it, which updates `value` through its binding.
// Keys are named "key_<digit>", "key_X", "keyClear", "keyDelete" for tests; with a namePrefix
// ("pickup") "pickupKey_<digit>", "pickupClear", "pickupDelete" (two pads on one screen).
// Usage: NumericKeypad { value: screen.digits; maxLength: 14; onEdited: (t) => screen.digits = t }
// or, keeping the digits itself: NumericKeypad { id: pad; onEdited: (t) => pad.value = t }
GridLayout {
    id: pad
    property string value: ""
    property int maxLength: 32
    property bool allowX: false
    property string namePrefix: ""
    function digitName(key) { return (pad.namePrefix === "" ? "key_" : pad.namePrefix + "Key_") + key }
    function actionName(action) { return (pad.namePrefix === "" ? "key" : pad.namePrefix) + action }
    readonly property int keyWidth: Theme.elder ? 170 : 140
    readonly property bool full: value.length >= maxLength
    signal edited(string value)

    function press(key) {
        var next = pad.value
        if (key === "clear")
            next = ""
        else if (key === "delete")
            next = next.slice(0, -1)
        else if (next.length < pad.maxLength)
            next = next + key
        pad.edited(next)
    }

    columns: 3
    rowSpacing: Theme.gap / 2
    columnSpacing: Theme.gap / 2
    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        delegate: KButton {
            required property string modelData
            objectName: pad.digitName(modelData)
            Layout.preferredWidth: pad.keyWidth
            Layout.preferredHeight: Theme.buttonHeight
            text: modelData
            textPx: Theme.titlePx
            outlined: true
            enabled: !pad.full
            onClicked: pad.press(modelData)
        }
    }
    KButton {
        objectName: pad.actionName("Clear")
        Layout.preferredWidth: pad.keyWidth
        Layout.preferredHeight: Theme.buttonHeight
        text: qsTr("Clear")
        outlined: true
        onClicked: pad.press("clear")
    }
    KButton {
        objectName: pad.digitName("0")
        Layout.preferredWidth: pad.keyWidth
        Layout.preferredHeight: Theme.buttonHeight
        text: "0"
        textPx: Theme.titlePx
        outlined: true
        enabled: !pad.full
        onClicked: pad.press("0")
    }
    KButton {
        objectName: pad.actionName("Delete")
        Layout.preferredWidth: pad.keyWidth
        Layout.preferredHeight: Theme.buttonHeight
        text: qsTr("Delete")
        outlined: true
        onClicked: pad.press("delete")
    }
    KButton {
        objectName: pad.digitName("X")
        visible: pad.allowX
        Layout.columnSpan: 3
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.buttonHeight
        text: "X"
        textPx: Theme.titlePx
        outlined: true
        enabled: !pad.full
        onClicked: pad.press("X")
    }
}
