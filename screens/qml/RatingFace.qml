import QtQuick
import Kiosk

// A drawn face for a rating level (5 = big smile ... 1 = big frown): no emoji font needed.
Item {
    id: face
    property int level: 3
    property color tint: Theme.primary
    implicitWidth: Theme.elder ? 150 : 130
    implicitHeight: implicitWidth

    onLevelChanged: canvas.requestPaint()
    onTintChanged: canvas.requestPaint()

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            var ctx = getContext("2d")
            var w = width, h = height, r = Math.min(w, h) / 2 - 4
            ctx.reset()
            ctx.lineWidth = Math.max(4, r / 10)
            ctx.strokeStyle = face.tint
            ctx.fillStyle = "#FFFFFF"
            ctx.beginPath()
            ctx.arc(w / 2, h / 2, r, 0, 2 * Math.PI)
            ctx.fill()
            ctx.stroke()
            // eyes
            ctx.fillStyle = face.tint
            ctx.beginPath()
            ctx.arc(w / 2 - r * 0.38, h / 2 - r * 0.25, r * 0.11, 0, 2 * Math.PI)
            ctx.arc(w / 2 + r * 0.38, h / 2 - r * 0.25, r * 0.11, 0, 2 * Math.PI)
            ctx.fill()
            // mouth: a quadratic curve bending up (smile) or down (frown)
            var bend = (face.level - 3) / 2      // -1 .. 1
            var y = h / 2 + r * 0.38
            ctx.beginPath()
            ctx.moveTo(w / 2 - r * 0.45, y - bend * r * 0.12)
            ctx.quadraticCurveTo(w / 2, y + bend * r * 0.42, w / 2 + r * 0.45, y - bend * r * 0.12)
            ctx.stroke()
        }
    }
}
