import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// 一件事一次办: the catalogue's bundles, each several services for one life event (新生儿出生...).
// Tapping one shows its services. Bundle names are catalogue data (Chinese in both languages).
Item {
    id: screen
    objectName: "bundlesScreen"
    readonly property var bundles: Catalogue.bundles

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Text {
            objectName: "bundlesTitle"
            Layout.fillWidth: true
            text: qsTr("Life events: several services at once")
            font.pixelSize: Theme.headlinePx * 0.7
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "bundlesIntro"
            Layout.fillWidth: true
            text: qsTr("For one event in your life, the services it needs are handled together: one visit, one set of materials.")
            font.pixelSize: Theme.bodyPx
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        GridView {
            id: grid
            objectName: "bundlesGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: screen.bundles.length > 0
            clip: true
            readonly property int columns: Theme.elder ? 2 : 3
            cellWidth: Math.floor(width / columns)
            // Room for a name on two lines and the count line under it.
            cellHeight: Math.round(Theme.bodyPx * 1.5 * 2 + Theme.labelPx * 1.5 + Theme.gap * 3)
            boundsBehavior: Flickable.StopAtBounds
            model: screen.bundles
            delegate: Item {
                required property var modelData
                required property int index
                width: grid.cellWidth
                height: grid.cellHeight
                AbstractButton {
                    id: cell
                    objectName: "bundle_" + modelData.bundleId
                    anchors.fill: parent
                    anchors.rightMargin: Theme.gap
                    anchors.bottomMargin: Theme.gap
                    onClicked: Router.go("bundle", { "bundleId": modelData.bundleId })
                    background: Rectangle {
                        radius: Theme.radius
                        color: cell.down ? "#DCE6F2" : Theme.surface
                        border.color: Theme.border
                        border.width: Theme.elder ? 3 : 1
                    }
                    contentItem: ColumnLayout {
                        spacing: 4
                        Text {
                            objectName: "bundleName"
                            property bool catalogueData: true  // a bundle name: Chinese data
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.gap
                            Layout.rightMargin: Theme.gap
                            text: modelData.name
                            font.pixelSize: Theme.bodyPx
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Text {
                            objectName: "bundleCount"
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.gap
                            Layout.rightMargin: Theme.gap
                            text: modelData.selfService ? qsTr("%n service(s)", "", modelData.count)
                                  : qsTr("%n service(s), some at a service window", "", modelData.count)
                            font.pixelSize: Theme.labelPx
                            color: Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
            ScrollIndicator.vertical: ScrollIndicator { }
        }
        Text {
            objectName: "bundlesNone"
            Layout.fillWidth: true
            visible: Catalogue.ready && screen.bundles.length === 0
            text: qsTr("No combined services are offered at this kiosk. Please choose a service by theme.")
            font.pixelSize: Theme.bodyPx
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        CatalogueEmpty { Layout.fillWidth: true; visible: Catalogue.state === "missing" }
        Item { Layout.fillHeight: true; visible: !grid.visible }
    }
}
