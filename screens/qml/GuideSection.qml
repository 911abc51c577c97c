import QtQuick
import QtQuick.Layouts
import Kiosk

// One part of a service guide: a heading and a list of lines (each wraps; nothing is cut off).
ColumnLayout {
    id: section
    property string title: ""
    property var lines: []
    property bool bullets: true
    spacing: Theme.gap / 2
    visible: lines.length > 0

    Text {
        Layout.fillWidth: true
        text: section.title
        font.pixelSize: Theme.titlePx * (Theme.elder ? 0.75 : 0.7)
        font.bold: true
        color: Theme.primary
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: section.lines
        delegate: Text {
            required property string modelData
            Layout.fillWidth: true
            text: (section.bullets && section.lines.length > 1 ? "• " : "") + modelData
            font.pixelSize: Theme.bodyPx
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
