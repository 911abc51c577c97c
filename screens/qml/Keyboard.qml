import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Kiosk

// The on-screen keyboard: Pinyin and English. In its own file so that the virtual keyboard
// module is only loaded when a screen with text input is shown (start-up time).
InputPanel {
    id: panel
    objectName: "inputPanel"
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_US"]
        VirtualKeyboardSettings.locale = App.language
    }
    Connections {
        target: App
        function onLanguageChanged() { VirtualKeyboardSettings.locale = App.language }
    }
}
