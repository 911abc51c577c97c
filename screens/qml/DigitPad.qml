import QtQuick
import QtQuick.Layouts
import Kiosk

// A numeric keypad for codes (pickup code, appointment code): 1-9, clear, 0, delete.
// The typed digits are in `value`; `maxLength` limits them. No logic beyond typing.
GridLayout {
    id: pad
    property string value: ""
    property int maxLength: 8
    property string namePrefix: "pad"
    readonly property int keyWidth: Theme.elder ? 170 : 140

    columns: 3
    rowSpacing: Theme.gap / 2
    columnSpacing: Theme.gap / 2

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        delegate: KButton {
            required property string modelData
            objectName: pad.namePrefix + "Key_" + modelData
            Layout.preferredWidth: pad.keyWidth
            Layout.preferredHeight: Theme.buttonHeight
            text: modelData
            textPx: Theme.titlePx
            outlined: true
            enabled: pad.value.length < pad.maxLength
            onClicked: pad.value += modelData
        }
    }
    KButton {
        objectName: pad.namePrefix + "Clear"
        Layout.preferredWidth: pad.keyWidth
        Layout.preferredHeight: Theme.buttonHeight
        text: qsTr("Clear")
        outlined: true
        onClicked: pad.value = ""
    }
    KButton {
        objectName: pad.namePrefix + "Key_0"
        Layout.preferredWidth: pad.keyWidth
        Layout.preferredHeight: Theme.buttonHeight
        text: "0"
        textPx: Theme.titlePx
        outlined: true
        enabled: pad.value.length < pad.maxLength
        onClicked: pad.value += "0"
    }
    KButton {
        objectName: pad.namePrefix + "Delete"
        Layout.preferredWidth: pad.keyWidth
        Layout.preferredHeight: Theme.buttonHeight
        text: qsTr("Delete")
        outlined: true
        onClicked: pad.value = pad.value.slice(0, -1)
    }
}
