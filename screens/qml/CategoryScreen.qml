import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The services of one theme for personal or business matters, hot ones first.
Item {
    id: screen
    objectName: "categoryScreen"
    readonly property string theme: Router.currentParams.theme || ""
    readonly property string audience: Router.currentParams.audience || ""
    readonly property int count: Catalogue.browseResults.count

    Component.onCompleted: Catalogue.browse(theme, audience)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "categoryTitle"
                Layout.fillWidth: true
                text: Labels.category(screen.theme)
                font.pixelSize: Theme.headlinePx * 0.8
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "categoryCount"
                visible: Catalogue.ready
                text: qsTr("Services: %1").arg(screen.count)
                font.pixelSize: Theme.labelPx
                color: Theme.textMuted
            }
        }
        ListView {
            id: list
            objectName: "categoryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: Catalogue.ready && screen.count > 0
            clip: true
            spacing: Theme.gap / 2
            boundsBehavior: Flickable.StopAtBounds
            model: Catalogue.browseResults
            delegate: ServiceRow {
                objectName: "service_" + itemId
                width: list.width
            }
            ScrollIndicator.vertical: ScrollIndicator { }
        }
        Text {
            objectName: "categoryNone"
            Layout.fillWidth: true
            visible: Catalogue.ready && screen.count === 0
            text: qsTr("No services of this kind are offered at this kiosk. Please ask at a service window.")
            font.pixelSize: Theme.bodyPx
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "categoryLoading"
            Layout.fillWidth: true
            visible: Catalogue.state === "loading"
            text: qsTr("Loading the list of services…")
            font.pixelSize: Theme.bodyPx
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        CatalogueEmpty { Layout.fillWidth: true; visible: Catalogue.state === "missing" }
        Item { Layout.fillHeight: true; visible: !list.visible }
    }
}
