import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Choose a service: personal or business, then a theme; or search.
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

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "homeTitle"
                text: qsTr("What would you like to do?")
                font.pixelSize: Theme.headlinePx * (Theme.elder ? 0.8 : 0.7)
                font.bold: true
                color: Theme.text
            }
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "audiencePersonal"
                text: qsTr("Personal")
                outlined: screen.audience !== "personal"
                Layout.preferredWidth: Theme.elder ? 300 : 220
                onClicked: screen.audience = "personal"
            }
            KButton {
                objectName: "audienceBusiness"
                text: qsTr("Business")
                outlined: screen.audience !== "business"
                Layout.preferredWidth: Theme.elder ? 300 : 220
                onClicked: screen.audience = "business"
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: false
            spacing: Theme.gap

        // Looks like a text field; opens the search screen where the keyboard lives.
        AbstractButton {
            id: searchBox
            objectName: "homeSearchField"
            Layout.fillWidth: true
            Layout.preferredHeight: progressEntry.Layout.preferredHeight
            onClicked: Router.go("search")
            background: Rectangle {
                radius: Theme.radius
                color: searchBox.down ? "#E2E8F0" : Theme.surface
                border.color: Theme.primary
                border.width: 3
            }
            contentItem: Text {
                leftPadding: Theme.gap
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Search services: name, pinyin or initials (e.g. sbk)")
                color: Theme.textMuted
                font.pixelSize: Theme.bodyPx
                elide: Text.ElideRight
            }
        }

        // 办件进度查询: the first journey that reads the ID card. Always usable (by application
        // number); when the card reader is down the entry says so.
        AbstractButton {
            id: progressEntry
            objectName: "homeProgressButton"
            readonly property var blocker: Features.blocked["progress_by_card"]
            Layout.preferredWidth: Theme.elder ? 600 : 460
            Layout.preferredHeight: Math.max(Theme.buttonHeight, entryText.implicitHeight + Theme.gap)
            leftPadding: Theme.gap
            rightPadding: Theme.gap
            onClicked: Router.go("progress")
            background: Rectangle {
                radius: Theme.radius
                color: progressEntry.down ? Theme.primaryPressed : Theme.primary
            }
            contentItem: ColumnLayout {
                id: entryText
                spacing: 0
                Text {
                    objectName: "homeProgressLabel"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Track my applications")
                    font.pixelSize: Theme.labelPx
                    font.bold: true
                    color: Theme.textOnPrimary
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "homeProgressReason"
                    visible: progressEntry.blocker !== undefined
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Card reader unavailable")
                    font.pixelSize: Theme.labelPx
                    color: Theme.textOnPrimary
                    wrapMode: Text.WordWrap
                }
            }
        }
        }

        GridView {
            id: grid
            objectName: "themeGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: Math.floor(width / Theme.homeColumns)
            // Tiles grow to fill the screen; they never shrink below the theme's tile height.
            readonly property int rows: Math.ceil(count / Theme.homeColumns)
            cellHeight: Math.max(Theme.tileHeight + Theme.gap, rows > 0 ? Math.floor(height / rows) : 0)
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
    }
}
