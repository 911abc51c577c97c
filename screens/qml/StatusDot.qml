import QtQuick
import QtQuick.Layouts

RowLayout {
    property bool good: true
    property alias text: label.text
    spacing: 8
    Rectangle {
        Layout.alignment: Qt.AlignVCenter
        width: Theme.elder ? 22 : 16; height: width; radius: width / 2
        color: parent.good ? Theme.indicatorOk : Theme.indicatorBad
    }
    Text {
        id: label
        color: Theme.textOnStatusBar
        font.pixelSize: Theme.labelPx
    }
}
