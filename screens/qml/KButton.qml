import QtQuick
import QtQuick.Controls.Basic

// The one button of the kiosk: large, high-contrast, with visible press feedback within a frame.
Button {
    id: control
    property color baseColor: Theme.primary
    property color textColor: Theme.textOnPrimary
    property bool outlined: false
    property int textPx: Theme.labelPx

    implicitHeight: Math.max(Theme.buttonHeight, Theme.minTouch)
    implicitWidth: Math.max(contentItem.implicitWidth + 2 * Theme.gap, Theme.minTouch, implicitHeight)
    font.pixelSize: textPx
    font.bold: true

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.outlined ? control.baseColor : control.textColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        maximumLineCount: 2
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.outlined ? (control.down ? "#E2E8F0" : Theme.surface)
                                : (control.down ? Qt.darker(control.baseColor, 1.3) : control.baseColor)
        border.width: control.outlined ? 3 : 0
        border.color: control.baseColor
        opacity: control.enabled ? 1.0 : 0.5
    }
}
