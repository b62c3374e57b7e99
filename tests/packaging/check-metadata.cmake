# The app id and the packaging files agree with each other and with the project:
#   cmake -DSOURCE_DIR=<repo> -DAPP_ID=<id> -DVERSION=<version> -DHOMEPAGE=<url> -P check-metadata.cmake
# Desktop file, metainfo, icons, Flatpak manifest and macOS Info.plist name the same app id; the
# metainfo's newest release is the project's version and its screenshots exist; every hicolor PNG
# has the size its folder says; every sign-in provider has an icon, embedded under
# :/liftoff/providers/.

cmake_minimum_required(VERSION 3.22)

# check(<message> <condition…>): the condition as if() takes it.
set(failures 0)
macro(check message)
    if(${ARGN})
        message(STATUS "ok: ${message}")
    else()
        message(SEND_ERROR "FAIL: ${message}")
        math(EXPR failures "${failures} + 1")
    endif()
endmacro()
function(contains text needle result)
    string(FIND "${text}" "${needle}" at)
    if(at EQUAL -1)
        set(${result} FALSE PARENT_SCOPE)
    else()
        set(${result} TRUE PARENT_SCOPE)
    endif()
endfunction()

set(linux ${SOURCE_DIR}/packaging/linux)

# The desktop file.
set(desktop ${linux}/${APP_ID}.desktop)
check("the desktop file is named after the app id" EXISTS ${desktop})
file(READ ${desktop} desktop_text)
foreach(line "Exec=liftoff -- %u" "Icon=${APP_ID}" "MimeType=x-scheme-handler/rocketchat;" "Type=Application")
    contains("${desktop_text}" "\n${line}\n" has_line)
    check("desktop file: ${line}" has_line)
endforeach()

# The metainfo.
set(metainfo ${linux}/${APP_ID}.metainfo.xml)
check("the metainfo file is named after the app id" EXISTS ${metainfo})
file(READ ${metainfo} xml)
contains("${xml}" "<id>${APP_ID}</id>" has_id)
check("metainfo <id> is ${APP_ID}" has_id)
contains("${xml}" "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>" has_launchable)
check("metainfo launches ${APP_ID}.desktop" has_launchable)
contains("${xml}" "<mediatype>x-scheme-handler/rocketchat</mediatype>" has_scheme)
check("metainfo provides the rocketchat:// scheme" has_scheme)
string(REGEX MATCH "<release version=\"([^\"]+)\"" first_release "${xml}")
set(newest "${CMAKE_MATCH_1}")
check("the newest release in the metainfo (${newest}) is the project's version (${VERSION})"
      newest STREQUAL VERSION)
string(REGEX MATCHALL "<image[^>]*>[^<]+</image>" images "${xml}")
list(LENGTH images image_count)
check("metainfo has screenshots" image_count GREATER 0)
foreach(image IN LISTS images)
    string(REGEX REPLACE "<image[^>]*>([^<]+)</image>" "\\1" url "${image}")
    string(REGEX MATCH "^${HOMEPAGE}/screenshots/([^/]+)$" matched "${url}")
    check("screenshot ${url} is under ${HOMEPAGE}/screenshots/" matched)
    check("screenshot ${CMAKE_MATCH_1} exists in packaging/screenshots/"
          EXISTS ${SOURCE_DIR}/packaging/screenshots/${CMAKE_MATCH_1})
endforeach()

# Icons: the size in the PNG header (IHDR: width and height, 4 bytes each, from byte 16) matches
# the folder.
foreach(size 16 22 24 32 48 64 128 256 512)
    set(png ${SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    if(EXISTS ${png})
        file(READ ${png} header OFFSET 16 LIMIT 8 HEX)
        string(SUBSTRING "${header}" 0 8 width)
        string(SUBSTRING "${header}" 8 8 height)
        math(EXPR width "0x${width}")
        math(EXPR height "0x${height}")
        check("icon ${size}x${size} is ${width}x${height}" width EQUAL ${size} AND height EQUAL ${size})
    else()
        check("icon ${size}x${size} exists" FALSE)
    endif()
endforeach()
check("Windows icon" EXISTS ${SOURCE_DIR}/packaging/windows/liftoff.ico)
check("macOS icon" EXISTS ${SOURCE_DIR}/packaging/macos/liftoff.icns)

# Sign-in provider icons: one per service Rocket.Chat knows, plus the generic one, embedded.
file(READ ${SOURCE_DIR}/resources/resources.qrc qrc)
foreach(service google github gitlab apple facebook linkedin twitter wordpress meteor-developer
                nextcloud keycloak saml cas oauth)
    set(svg ${SOURCE_DIR}/resources/providers/${service}.svg)
    if(EXISTS ${svg})
        file(READ ${svg} text)
        string(REGEX MATCH "^<svg [^>]*viewBox=\"0 0 32 32\"" is_svg "${text}")
        check("providers/${service}.svg is a 32x32 SVG" is_svg)
    else()
        check("providers/${service}.svg exists" FALSE)
    endif()
    contains("${qrc}" "<file>providers/${service}.svg</file>" listed)
    check("providers/${service}.svg is embedded as :/liftoff/providers/${service}.svg" listed)
endforeach()

# The other platforms name the same app and the same scheme.
file(READ ${SOURCE_DIR}/packaging/flatpak/${APP_ID}.yml flatpak)
contains("${flatpak}" "id: ${APP_ID}\n" flatpak_id)
check("Flatpak manifest id is ${APP_ID}" flatpak_id)
foreach(arg --talk-name=org.freedesktop.secrets --share=network --socket=wayland --socket=fallback-x11)
    contains("${flatpak}" "- ${arg}\n" has_arg)
    check("Flatpak finish-args: ${arg}" has_arg)
endforeach()
file(READ ${SOURCE_DIR}/packaging/macos/Info.plist.in plist)
contains("${plist}" "<string>rocketchat</string>" plist_scheme)
check("Info.plist declares the rocketchat URL scheme" plist_scheme)
file(READ ${SOURCE_DIR}/packaging/CMakeLists.txt packaging)
contains("${packaging}" "Software\\\\Classes\\\\rocketchat" nsis_scheme)
check("the Windows installer registers the rocketchat URL scheme" nsis_scheme)

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} check(s) failed")
endif()
