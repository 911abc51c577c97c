import QtQuick
import QtQuick.Layouts
import Kiosk

// Title line of the identity screens, with the switch for spoken prompts.
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
    KButton {
        objectName: "voiceButton"
        outlined: true
        Layout.preferredWidth: Theme.elder ? 360 : 260
        text: Identity.voiceOn ? qsTr("Voice on") : qsTr("Voice off")
        onClicked: Identity.setVoiceOn(!Identity.voiceOn)
    }
}
