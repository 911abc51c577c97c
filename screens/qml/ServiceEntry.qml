import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// A big service entry on the home screen (办件进度查询, 取件, 取号, 一件事...): a label and, when
// the service (or part of it) cannot run now, the plain reason under it. An entry whose
// service is blocked altogether is disabled (``blocked: true``) and shows why; it comes back by
// itself when Features says the device is back.
AbstractButton {
    id: entry
    property string label: ""
    property string reason: ""        // "" when everything works
    property bool blocked: false      // the whole service is unavailable: not tappable
    property color accent: Theme.primary
    property string labelName: ""      // objectNames of the two texts (tests find them)
    property string reasonName: ""

    enabled: !blocked
    Layout.fillWidth: true
    Layout.preferredWidth: 1  // entries in one row share its width equally
    Layout.preferredHeight: Math.max(Theme.buttonHeight, texts.implicitHeight + Theme.gap)
    leftPadding: Theme.gap / 2
    rightPadding: Theme.gap / 2
    Accessible.name: reason === "" ? label : label + ". " + reason

    background: Rectangle {
        radius: Theme.radius
        color: entry.blocked ? Theme.surface : (entry.down ? Theme.primaryPressed : entry.accent)
        border.width: entry.blocked ? 3 : 0
        border.color: Theme.textMuted
    }
    contentItem: ColumnLayout {
        id: texts
        spacing: 0
        Text {
            objectName: entry.labelName
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: entry.label
            font.pixelSize: Theme.labelPx
            font.bold: true
            color: entry.blocked ? Theme.text : Theme.textOnPrimary
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: entry.reasonName
            visible: entry.reason !== ""
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: entry.reason
            font.pixelSize: Theme.labelPx
            color: entry.blocked ? Theme.text : Theme.textOnPrimary
            wrapMode: Text.WordWrap
        }
    }
}
