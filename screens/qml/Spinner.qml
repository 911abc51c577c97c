import QtQuick
import Kiosk

// A turning ring: "please wait" without any text to translate.
Item {
    implicitWidth: Theme.elder ? 140 : 112
    implicitHeight: implicitWidth
    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: "transparent"
        border.width: Theme.elder ? 14 : 12
        border.color: "#DCE6F2"
    }
    Rectangle {
        id: dot
        width: Theme.elder ? 28 : 24
        height: width
        radius: width / 2
        color: Theme.primary
        x: parent.width / 2 - width / 2
        y: 0
        transformOrigin: Item.Center
    }
    RotationAnimator on rotation {
        from: 0; to: 360; duration: 1200
        loops: Animation.Infinite
        running: parent.visible
    }
}
