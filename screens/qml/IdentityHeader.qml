import QtQuick
import QtQuick.Layouts
import Kiosk

// Title line of the identity screens. Spoken prompts are switched in the status bar (one
// switch for the whole kiosk: the Voice singleton).
RowLayout {
    id: header
    property alias title: titleText.text
    spacing: Theme.gap
    Text {
        id: titleText
        objectName: "identityTitle"
        Layout.fillWidth: true
        font.pixelSize: Theme.titlePx
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
}
