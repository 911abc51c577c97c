import QtQuick
import Kiosk

// Live camera preview with the face-guide overlay and the guidance line. The picture comes from
// the "camera" image provider (screens/viewmodels/camera.py), already downscaled, mirrored and
// converted off the GUI thread; QML only swaps the image when frameId changes.
// Usage: CameraPreview { camera: <CameraViewModel> }
Item {
    id: root
    objectName: "cameraPreview"
    property var camera: null
    property bool showGuidance: true
    readonly property bool live: camera !== null && camera.active
    readonly property string guidance: live ? camera.guidance : ""

    implicitWidth: 640
    implicitHeight: 480 + (showGuidance ? banner.height : 0)

    function guidanceText(code) {
        switch (code) {
        case "ok": return qsTr("Good, hold still")
        case "no_face": return qsTr("Please face the camera")
        case "one_person_only": return qsTr("Only one person in front of the camera, please")
        case "move_closer": return qsTr("Please move closer")
        case "move_back": return qsTr("Please move back a little")
        case "center_face": return qsTr("Please keep your face in the middle of the picture")
        case "too_dark": return qsTr("Too dark: please face the light")
        case "too_bright": return qsTr("Too bright: please avoid strong light")
        case "hold_still": return qsTr("Please hold still")
        case "blink": return qsTr("Please blink")
        case "turn_left": return qsTr("Please turn your head to your left")
        case "turn_right": return qsTr("Please turn your head to your right")
        default: return ""
        }
    }

    Rectangle {
        id: frameArea
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: banner.top }
        color: "#000000"
        radius: Theme.radius
        clip: true

        Image {
            id: preview
            objectName: "cameraPreviewImage"
            anchors.fill: parent
            fillMode: Image.PreserveAspectFit
            cache: false
            asynchronous: false // requestImage only returns the stored image: no work to offload
            retainWhileLoading: true
            smooth: true
            source: root.live ? "image://camera/preview/" + root.camera.frameId : ""
        }

        Rectangle {
            id: faceBox
            objectName: "cameraFaceBox"
            readonly property real offsetX: (preview.width - preview.paintedWidth) / 2
            readonly property real offsetY: (preview.height - preview.paintedHeight) / 2
            visible: root.live && root.camera.hasFace
            x: offsetX + (root.live ? root.camera.faceBox.x : 0) * preview.paintedWidth
            y: offsetY + (root.live ? root.camera.faceBox.y : 0) * preview.paintedHeight
            width: (root.live ? root.camera.faceBox.w : 0) * preview.paintedWidth
            height: (root.live ? root.camera.faceBox.h : 0) * preview.paintedHeight
            color: "transparent"
            radius: Theme.radius
            border.width: Theme.elder ? 6 : 4
            border.color: root.guidance === "ok" ? Theme.indicatorOk : Theme.indicatorBad
        }

        Text {
            objectName: "cameraUnavailable"
            visible: !root.live
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Camera not available")
            color: "#FFFFFF"
            font.pixelSize: Theme.bodyPx
            font.family: Theme.fontFamily
        }
    }

    Rectangle {
        id: banner
        objectName: "cameraGuidance"
        visible: root.showGuidance
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: root.showGuidance ? Math.max(Theme.minTouch, label.implicitHeight + 2 * Theme.gap) : 0
        color: Theme.statusBar
        radius: Theme.radius

        Text {
            id: label
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.gap
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: root.guidanceText(root.guidance)
            color: Theme.textOnStatusBar
            font.pixelSize: Theme.bodyPx
            font.family: Theme.fontFamily
        }
    }
}
