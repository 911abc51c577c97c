import QtQuick
import QtQuick.Layouts

// What a list of services shows while the kiosk has no catalogue from the platform.
Rectangle {
    objectName: "catalogueEmpty"
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    implicitHeight: col.implicitHeight + 2 * Theme.margin
    ColumnLayout {
        id: col
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Text {
            Layout.fillWidth: true
            text: qsTr("The service catalogue has not been downloaded yet")
            font.pixelSize: Theme.titlePx * 0.8 < Theme.minTextPx ? Theme.minTextPx : Math.round(Theme.titlePx * 0.8)
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("This kiosk has not received the list of services from the government service platform, so no service can be started here yet. Please try again later or go to a service window.")
            font.pixelSize: Theme.bodyPx
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }
}
