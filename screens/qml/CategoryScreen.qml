import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: screen
    objectName: "categoryScreen"
    readonly property string theme: Router.currentParams.theme || ""
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Text {
            objectName: "categoryTitle"
            text: Labels.category(screen.theme)
            font.pixelSize: Theme.headlinePx * 0.8
            font.bold: true
            color: Theme.text
        }
        CatalogueEmpty { Layout.fillWidth: true }
        Item { Layout.fillHeight: true }
    }
}
