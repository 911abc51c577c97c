import QtQuick
import QtQuick.Controls.Basic

// A home-screen tile: a round glyph and a label. The glyph is the label's first character,
// drawn with the UI font, so no icon font or emoji font is needed on the kiosk.
AbstractButton {
    id: tile
    property string label: ""
    property string subtitle: ""
    property color accent: Theme.primary

    implicitHeight: Theme.tileHeight
    implicitWidth: 320

    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? "#DCE6F2" : Theme.surface
        border.color: Theme.border
        border.width: Theme.elder ? 3 : 1
    }
    contentItem: Row {
        spacing: Theme.gap
        leftPadding: Theme.gap
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.elder ? 96 : 88
            height: width
            radius: width / 2
            color: tile.accent
            Text {
                anchors.centerIn: parent
                text: tile.label.length > 0 ? tile.label.charAt(0) : ""
                color: Theme.textOnPrimary
                font.pixelSize: Theme.elder ? 52 : 44
                font.bold: true
            }
        }
        Column {
            anchors.verticalCenter: parent.verticalCenter
            width: tile.width - (Theme.elder ? 96 : 88) - 3 * Theme.gap
            spacing: 4
            Text {
                width: parent.width
                text: tile.label
                color: Theme.text
                // Long (English) labels shrink to fit the tile but never below the mode's floor.
                font.pixelSize: Theme.elder ? 44 : 32
                minimumPixelSize: Theme.minTextPx
                fontSizeMode: Text.HorizontalFit
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                visible: tile.subtitle.length > 0 && !Theme.elder
                text: tile.subtitle
                color: Theme.textMuted
                font.pixelSize: Theme.labelPx
                elide: Text.ElideRight
            }
        }
    }
}
