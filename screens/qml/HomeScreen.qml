import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Choose a service: personal or business, then a theme; or search; or one of the big service
// entries; or one of the site's popular services.
//
// Layout (fits 1920×1080 in both modes; elder mode drops the title line to make room):
//   [title]            [search box .......................] [Personal] [Business]
//   [办件进度查询] [取件] [取号/预约签到] [一件事一次办]      ← serviceEntries: one row, equal widths
//   [theme tiles, 3 columns ...............] [popular services: up to 6 rows]
// (elder mode: no title line, and the theme tiles take the full width, 4 columns)
// Helpers adding a service entry: add a ServiceEntry to ``serviceEntries`` (it shares the row).
Item {
    id: screen
    objectName: "homeScreen"
    property string audience: "personal"

    readonly property var themes: audience === "personal"
        ? ["social_security", "medical_insurance", "housing_fund", "household",
           "real_estate", "civil_affairs", "employment", "education"]
        : ["business_start", "tax", "business_change", "permits",
           "social_security", "housing_fund"]
    readonly property var accents: ["#0B57A4", "#1E7B34", "#8A4B00", "#6B2FA3", "#B3261E", "#00676B", "#3A4A8C", "#7A5200"]
    readonly property var hot: Catalogue.hotItems
    // Elder mode is the simpler page: its larger type leaves no room beside the theme tiles, so
    // the popular services are one tap away in the search box instead (its empty state lists
    // them).
    readonly property bool showHot: Catalogue.ready && hot.length > 0 && !Theme.elder

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "homeTitle"
                visible: !Theme.elder
                text: qsTr("What would you like to do?")
                font.pixelSize: Theme.headlinePx * (Theme.elder ? 0.8 : 0.7)
                font.bold: true
                color: Theme.text
            }

            // Looks like a text field; opens the search screen where the keyboard lives.
            AbstractButton {
                id: searchBox
                objectName: "homeSearchField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.buttonHeight, searchText.implicitHeight + Theme.gap)
                onClicked: Router.go("search")
                background: Rectangle {
                    radius: Theme.radius
                    color: searchBox.down ? "#E2E8F0" : Theme.surface
                    border.color: Theme.primary
                    border.width: 3
                }
                contentItem: Text {
                    id: searchText
                    leftPadding: Theme.gap
                    rightPadding: Theme.gap
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("Search services: name, pinyin or initials (e.g. sbk)")
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodyPx
                    wrapMode: Text.WordWrap
                }
            }
            KButton {
                objectName: "audiencePersonal"
                text: qsTr("Personal")
                outlined: screen.audience !== "personal"
                Layout.preferredWidth: Theme.elder ? 280 : 220
                onClicked: screen.audience = "personal"
            }
            KButton {
                objectName: "audienceBusiness"
                text: qsTr("Business")
                outlined: screen.audience !== "business"
                Layout.preferredWidth: Theme.elder ? 280 : 220
                onClicked: screen.audience = "business"
            }
        }

        // The big service entries, one row; each says why when its device is not working.
        RowLayout {
            id: serviceEntries
            objectName: "homeServiceEntries"
            Layout.fillWidth: true
            spacing: Theme.gap

            // 办件进度查询: the first journey that reads the ID card. Always usable (by application
            // number); when the card reader is down the entry says so.
            ServiceEntry {
                id: progressEntry
                objectName: "homeProgressButton"
                readonly property var blocker: Features.blocked["progress_by_card"]
                label: qsTr("Track my applications")
                reason: blocker !== undefined ? qsTr("Card reader unavailable") : ""
                labelName: "homeProgressLabel"
                reasonName: "homeProgressReason"
                onClicked: Router.go("progress")
            }

            // 取件: certificates waiting in this kiosk's pickup cabinet (code, or ID card + face).
            ServiceEntry {
                objectName: "homePickupButton"
                readonly property var blocker: Features.blocked["pickup"]
                label: qsTr("Collect a certificate")
                blocked: blocker !== undefined
                reason: blocker === undefined ? ""
                        : qsTr("Temporarily unavailable: %1").arg(Labels.deviceState(blocker.state))
                accent: "#00676B"
                labelName: "homePickupLabel"
                reasonName: "homePickupReason"
                onClicked: Router.go("pickup")
            }

            // 取号 and 预约签到: a queue number from the platform, or check in for an appointment.
            ServiceEntry {
                objectName: "homeTicketButton"
                label: qsTr("Queue number / check in")
                accent: "#6B2FA3"
                labelName: "homeTicketLabel"
                reasonName: "homeTicketReason"
                onClicked: Router.go("ticket")
            }

            // 一件事一次办: the catalogue's bundles of services for one life event.
            ServiceEntry {
                objectName: "homeBundlesButton"
                label: qsTr("Life events: several services at once")
                accent: "#1E7B34"
                labelName: "homeBundlesLabel"
                reasonName: "homeBundlesReason"
                visible: Catalogue.ready && Catalogue.bundles.length > 0
                onClicked: Router.go("bundles")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            GridView {
                id: grid
                objectName: "themeGrid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                readonly property int columns: screen.showHot ? 3 : Theme.homeColumns
                cellWidth: Math.floor(width / columns)
                // Tiles grow to fill the room; when the service entries above wrap (English,
                // elder mode) they may be shorter than the theme's tile height, never shorter
                // than a tile's glyph and two lines of label need.
                readonly property int rows: Math.ceil(count / columns)
                readonly property int minCell: 150
                cellHeight: Math.max(minCell, rows > 0 ? Math.floor(height / rows) : 0)
                model: screen.themes
                boundsBehavior: Flickable.StopAtBounds
                delegate: Item {
                    required property string modelData
                    required property int index
                    width: grid.cellWidth
                    height: grid.cellHeight
                    Tile {
                        objectName: "tile_" + modelData
                        anchors.fill: parent
                        anchors.rightMargin: Theme.gap
                        anchors.bottomMargin: Theme.gap
                        label: Labels.category(modelData)
                        accent: screen.accents[index % screen.accents.length]
                        onClicked: Router.go("category", { "theme": modelData, "audience": screen.audience })
                    }
                }
            }

            // The site's hot list (site.hot; hidden services never appear): straight to a guide.
            Rectangle {
                objectName: "homeHot"
                visible: screen.showHot
                Layout.fillHeight: true
                Layout.preferredWidth: Theme.elder ? 600 : 540
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.elder ? 3 : 1
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    spacing: Theme.gap / 2
                    Text {
                        objectName: "homeHotTitle"
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.gap / 2
                        text: qsTr("Popular services")
                        font.pixelSize: Theme.labelPx
                        font.bold: true
                        color: Theme.primary
                        wrapMode: Text.WordWrap
                    }
                    ListView {
                        id: hotList
                        objectName: "homeHotList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: Theme.gap / 2
                        boundsBehavior: Flickable.StopAtBounds
                        model: screen.hot
                        delegate: AbstractButton {
                            id: hotRow
                            required property var modelData
                            required property int index
                            objectName: "hot_" + modelData.itemId
                            width: hotList.width
                            implicitHeight: Math.max(Theme.minTouch, hotName.implicitHeight + Theme.gap)
                            onClicked: Router.go("guide", { "itemId": modelData.itemId })
                            background: Rectangle {
                                radius: Theme.radius
                                color: hotRow.down ? "#DCE6F2" : "#EEF3FA"
                            }
                            contentItem: RowLayout {
                                spacing: Theme.gap / 2
                                Text {
                                    id: hotName
                                    objectName: "hotName"
                                    property bool catalogueData: true  // an item name: Chinese data
                                    Layout.fillWidth: true
                                    Layout.leftMargin: Theme.gap / 2
                                    text: hotRow.modelData.name
                                    font.pixelSize: Theme.bodyPx
                                    font.bold: true
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                                Text {
                                    text: "›"
                                    Layout.rightMargin: Theme.gap / 2
                                    font.pixelSize: Theme.titlePx
                                    color: Theme.primary
                                }
                            }
                        }
                        ScrollIndicator.vertical: ScrollIndicator { }
                    }
                }
            }
        }
    }
}
