import QtQuick
import Kiosk

// Signing with a finger: strokes are collected as lists of [x, y] in the pad's coordinates and
// drawn on a Canvas; Python renders the PNG from the strokes (off the GUI thread).
Rectangle {
    id: pad
    property var strokes: []
    property var current: []
    readonly property bool empty: strokes.length === 0
    signal changed()
    color: "#FFFFFF"
    radius: Theme.radius
    border.color: Theme.primary
    border.width: 3

    function clear() {
        pad.strokes = []
        pad.current = []
        canvas.requestPaint()
        pad.changed()
    }

    Text {
        anchors.centerIn: parent
        visible: pad.empty && pad.current.length === 0
        text: qsTr("Sign here")
        font.pixelSize: Theme.titlePx
        color: "#8A94A6"
    }
    Rectangle {  // the signing line
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        y: parent.height * 0.72
        height: 2
        color: "#8A94A6"
    }
    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            var ctx = getContext("2d")
            ctx.clearRect(0, 0, width, height)
            ctx.lineWidth = Theme.elder ? 6 : 5
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            ctx.strokeStyle = "#000000"
            var all = pad.strokes.concat(pad.current.length > 0 ? [pad.current] : [])
            for (var s = 0; s < all.length; ++s) {
                var stroke = all[s]
                ctx.beginPath()
                ctx.moveTo(stroke[0][0], stroke[0][1])
                for (var i = 1; i < stroke.length; ++i)
                    ctx.lineTo(stroke[i][0], stroke[i][1])
                if (stroke.length === 1)
                    ctx.lineTo(stroke[0][0] + 0.5, stroke[0][1] + 0.5)
                ctx.stroke()
            }
        }
    }
    MouseArea {
        objectName: "signatureArea"
        anchors.fill: parent
        preventStealing: true
        onPressed: (mouse) => {
            pad.current = [[mouse.x, mouse.y]]
            canvas.requestPaint()
        }
        onPositionChanged: (mouse) => {
            if (!pressed)
                return
            var points = pad.current
            points.push([Math.max(0, Math.min(pad.width, mouse.x)), Math.max(0, Math.min(pad.height, mouse.y))])
            pad.current = points
            canvas.requestPaint()
        }
        onReleased: {
            if (pad.current.length > 0) {
                var all = pad.strokes
                all.push(pad.current)
                pad.strokes = all
            }
            pad.current = []
            canvas.requestPaint()
            pad.changed()
        }
    }
}
