#!/usr/bin/env bash
#
# Renders the cancer rehabilitation explainer from its narration script:
#
#   content/videos/awareness/script.yaml   (source: slide headings and narration)
#     -> public/video/awareness.webm        VP9 + Opus
#     -> public/video/awareness.mp4         H.264 + AAC, moov first (+faststart)
#     -> public/video/awareness-poster.jpg  the first slide
#     -> public/video/awareness.en.vtt      one caption cue per sentence, timed to the speech
#     -> content/videos/awareness/transcript.md  the same words, a "## heading" per slide
#     -> content/videos/awareness/video.yaml     its "duration:" line only
#
# Usage: scripts/make-video.sh          (from anywhere in the project)
#
# Needs these Debian packages: ffmpeg (ffmpeg, ffprobe, with libvpx, libopus,
# libx264 and drawtext, as Debian builds it), espeak-ng, fonts-dejavu-core;
# and the project's node_modules (npm ci) for the YAML reader and checks.
#
# Reproducible: fixed voice and speed, single-threaded encoders and bit-exact
# muxing, so the same script.yaml and the same package versions give the same
# bytes. Idempotent: it only ever replaces its own outputs, and running it
# twice changes nothing. The build and the tests do not run this script; the
# rendered files are committed. See docs/video.md.

set -euo pipefail

# Speech: British English voice, a little slower than espeak-ng's default of
# 175 words a minute, so the narration is easy to follow.
readonly VOICE=en-gb
readonly SPEED=155
readonly PITCH=50
readonly AMPLITUDE=100
readonly RATE=22050 # espeak-ng's own sample rate; the narration is assembled at it

# Pictures: still slides, so a low frame rate costs nothing in quality.
# One frame is RATE / FPS = 4410 samples, so slide changes fall exactly on frames.
readonly WIDTH=1280
readonly HEIGHT=720
readonly FPS=5
readonly FRAME_SAMPLES=$((RATE / FPS))

# Pauses, in samples: before the first sentence of a slide, between sentences,
# and at least this much after the last one (rounded up to a whole frame).
# espeak-ng already ends each sentence with about 0.4 seconds of silence.
readonly LEAD_FIRST=$((RATE * 1))      # the title slide shows for a second before speech
readonly LEAD=$((RATE * 4 / 10))       # 0.4 s
readonly GAP=$((RATE / 5))             # 0.2 s
readonly TAIL=$((RATE * 4 / 10))       # 0.4 s
readonly TAIL_LAST=$((RATE * 3 / 2))   # the last slide stays 1.5 s after the voice stops

# Slides: dark text on white (contrast about 19:1), large bold sans-serif.
readonly FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
readonly BACKGROUND=0xFFFFFF
readonly TEXT_COLOUR=0x0B0C0C
readonly ACCENT=0x005A70

readonly NAME=awareness
readonly CONTENT_DIR=content/videos/$NAME
readonly PUBLIC_DIR=public/video

fail() {
  printf 'make-video: %s\n' "$*" >&2
  exit 1
}

need_command() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 || fail "'$1' is not installed. Install it with: apt-get install -y $2"
}

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# --- Check the tools, and say which package provides anything missing. ---
need_command ffmpeg ffmpeg
need_command ffprobe ffmpeg
need_command espeak-ng espeak-ng
need_command node nodejs
[[ -f $FONT ]] || fail "the font $FONT is missing. Install it with: apt-get install -y fonts-dejavu-core"
encoders="$(ffmpeg -hide_banner -encoders 2>/dev/null)"
for encoder in libvpx-vp9 libopus libx264 aac; do
  grep -q " $encoder " <<<"$encoders" || fail "this ffmpeg cannot encode with $encoder. Install Debian's build with: apt-get install -y ffmpeg"
done
# (Captured first: "grep -q" stops reading early, which would fail the pipe under pipefail.)
filters="$(ffmpeg -hide_banner -filters 2>/dev/null)"
grep -q ' drawtext ' <<<"$filters" ||
  fail "this ffmpeg has no drawtext filter. Install Debian's build with: apt-get install -y ffmpeg"
voices="$(espeak-ng --voices=en)"
grep -q " $VOICE " <<<"$voices" || fail "espeak-ng has no '$VOICE' voice. Install it with: apt-get install -y espeak-ng-data"
[[ -x node_modules/.bin/tsx ]] || fail "node_modules is missing. Run: npm ci"
[[ -f $CONTENT_DIR/script.yaml ]] || fail "$CONTENT_DIR/script.yaml is missing."
[[ -f $CONTENT_DIR/video.yaml ]] || fail "$CONTENT_DIR/video.yaml is missing."
# Once video.yaml points at another video (docs/video.md), this script must not touch it.
grep -q "^  captions: /video/$NAME.en.vtt *\$" "$CONTENT_DIR/video.yaml" ||
  fail "$CONTENT_DIR/video.yaml no longer uses the explainer's captions (/video/$NAME.en.vtt): it shows another video now, so nothing was changed."

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The versions matter: the same versions give the same bytes.
espeak_version="$(espeak-ng --version)"
ffmpeg_version="$(ffmpeg -hide_banner -version)"
echo "make-video: ${espeak_version%%$'\n'*}"
echo "make-video: ${ffmpeg_version%%$'\n'*}"

# Quiet, deterministic ffmpeg: no encoder versions or dates in the files.
ff() {
  ffmpeg -hide_banner -nostdin -loglevel error -y "$@"
}
readonly BITEXACT=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1 -map_chapters -1)

# --- 1. Read and check script.yaml; write each slide's heading and each sentence's speech text. ---
# (scripts/video/plan.ts)
env ROOT="$ROOT" WORK="$WORK" CONTENT_DIR="$CONTENT_DIR" node_modules/.bin/tsx scripts/video/plan.ts ||
  fail "$CONTENT_DIR/script.yaml has problems (above). Nothing was changed."

# --- 2. Speak each sentence and measure it, in samples. ---
silence() { # samples -> raw 16-bit mono PCM on stdout
  head -c "$(($1 * 2))" /dev/zero
}

declare -a cue_slide=() cue_samples=()
while IFS=$'\t' read -r slide cue; do
  espeak-ng -v "$VOICE" -s "$SPEED" -p "$PITCH" -a "$AMPLITUDE" -g 0 -w "$WORK/cue-$cue.wav" -f "$WORK/say-$cue.txt"
  ff -i "$WORK/cue-$cue.wav" -ar "$RATE" -ac 1 -f s16le -c:a pcm_s16le "$WORK/cue-$cue.raw"
  bytes=$(stat -c %s "$WORK/cue-$cue.raw")
  ((bytes > 0)) || fail "espeak-ng produced no speech for: $(cat "$WORK/say-$cue.txt")"
  cue_slide[cue]=$slide
  cue_samples[cue]=$((bytes / 2))
done <"$WORK/cues.tsv"

cue_count=${#cue_samples[@]}
slide_count=$((cue_slide[cue_count - 1] + 1))

# --- 3. Lay the speech out on a timeline: each slide lasts a whole number of frames. ---
: >"$WORK/narration.raw"
: >"$WORK/timings.tsv"
position=0 # samples from the start
frame=0
cue=0
for ((slide = 0; slide < slide_count; slide++)); do
  slide_start=$position
  lead=$LEAD
  ((slide == 0)) && lead=$LEAD_FIRST
  silence "$lead" >>"$WORK/narration.raw"
  position=$((position + lead))
  first=1
  while ((cue < cue_count && cue_slide[cue] == slide)); do
    if ((!first)); then
      silence "$GAP" >>"$WORK/narration.raw"
      position=$((position + GAP))
    fi
    first=0
    cat "$WORK/cue-$cue.raw" >>"$WORK/narration.raw"
    printf '%d\t%d\t%d\n' "$cue" "$position" "$((position + cue_samples[cue]))" >>"$WORK/timings.tsv"
    position=$((position + cue_samples[cue]))
    cue=$((cue + 1))
  done
  tail=$TAIL
  ((slide == slide_count - 1)) && tail=$TAIL_LAST
  frames=$(((position + tail - slide_start + FRAME_SAMPLES - 1) / FRAME_SAMPLES))
  slide_end=$((slide_start + frames * FRAME_SAMPLES))
  silence "$((slide_end - position))" >>"$WORK/narration.raw"
  position=$slide_end
  # One symlinked picture per frame: exact timing without a concat list.
  for ((i = 0; i < frames; i++)); do
    ln -s "slide-$slide.png" "$WORK/frame-$(printf '%06d' "$frame").png"
    frame=$((frame + 1))
  done
done
total_samples=$position
(($(stat -c %s "$WORK/narration.raw") == total_samples * 2)) || fail "internal error: the narration is not the length planned."
ff -f s16le -ar "$RATE" -ac 1 -i "$WORK/narration.raw" -c:a pcm_s16le "$WORK/narration.wav"

# --- 4. Draw the slides. ---
for ((slide = 0; slide < slide_count; slide++)); do
  ff -f lavfi -i "color=c=$BACKGROUND:s=${WIDTH}x${HEIGHT}:d=1" -vf "\
drawbox=x=0:y=0:w=32:h=ih:color=$ACCENT:t=fill,\
drawbox=x=112:y=176:w=144:h=12:color=$ACCENT:t=fill,\
drawtext=fontfile=$FONT:textfile=$WORK/heading-$slide.txt:expansion=none:fontsize=80:line_spacing=20:fontcolor=$TEXT_COLOUR:x=112:y=236" \
    -frames:v 1 "${BITEXACT[@]}" "$WORK/slide-$slide.png"
done

# --- 5. Encode. Everything is staged in $OUT (mirroring the project) and moved into place
# only once it has all been made and checked, so a failure leaves the old files alone. ---
OUT="$WORK/out"
mkdir -p "$OUT/$PUBLIC_DIR" "$OUT/$CONTENT_DIR"
# Both: 5 frames a second, a key frame every 10 seconds, mono speech.
ff -framerate "$FPS" -i "$WORK/frame-%06d.png" -i "$WORK/narration.wav" \
  -map 0:v -map 1:a \
  -c:v libvpx-vp9 -pix_fmt yuv420p -crf 38 -b:v 0 -g $((FPS * 10)) -deadline good -cpu-used 1 -row-mt 0 -threads 1 \
  -c:a libopus -b:a 32k -ac 1 -ar 48000 -application voip \
  "${BITEXACT[@]}" "$OUT/$PUBLIC_DIR/$NAME.webm"
ff -framerate "$FPS" -i "$WORK/frame-%06d.png" -i "$WORK/narration.wav" \
  -map 0:v -map 1:a \
  -c:v libx264 -pix_fmt yuv420p -profile:v high -preset slow -tune stillimage -crf 26 -g $((FPS * 10)) -threads 1 \
  -c:a aac -b:a 48k -ac 1 -ar 44100 \
  -movflags +faststart "${BITEXACT[@]}" "$OUT/$PUBLIC_DIR/$NAME.mp4"
ff -i "$WORK/slide-0.png" -frames:v 1 -q:v 3 "${BITEXACT[@]}" "$OUT/$PUBLIC_DIR/$NAME-poster.jpg"

probe_duration() {
  ffprobe -v error -show_entries format=duration -of default=noprint_wrappers=1:nokey=1 "$1"
}
webm_seconds=$(probe_duration "$OUT/$PUBLIC_DIR/$NAME.webm")
mp4_seconds=$(probe_duration "$OUT/$PUBLIC_DIR/$NAME.mp4")

# --- 6. Captions, transcript and duration from the same timeline; then check the lot. ---
# (scripts/video/finish.ts)
env ROOT="$ROOT" WORK="$WORK" OUT="$OUT" CONTENT_DIR="$CONTENT_DIR" PUBLIC_DIR="$PUBLIC_DIR" NAME="$NAME" RATE="$RATE" \
  TOTAL_SAMPLES="$total_samples" WEBM_SECONDS="$webm_seconds" MP4_SECONDS="$mp4_seconds" \
  node_modules/.bin/tsx scripts/video/finish.ts || fail "nothing was changed."

# --- 7. Move the results into place: only files whose bytes changed are touched. ---
mkdir -p "$PUBLIC_DIR"
for file in \
  "$PUBLIC_DIR/$NAME.webm" "$PUBLIC_DIR/$NAME.mp4" "$PUBLIC_DIR/$NAME-poster.jpg" "$PUBLIC_DIR/$NAME.en.vtt" \
  "$CONTENT_DIR/transcript.md" "$CONTENT_DIR/video.yaml"; do
  if cmp -s "$OUT/$file" "$file"; then
    status=unchanged
  else
    cp "$OUT/$file" "$file.tmp" && mv -f "$file.tmp" "$file"
    status=written
  fi
  printf 'make-video: %-44s %9d bytes  %s\n' "$file" "$(stat -c %s "$file")" "$status"
done
total_bytes=$(cat "$PUBLIC_DIR/$NAME".{webm,mp4,en.vtt} "$PUBLIC_DIR/$NAME-poster.jpg" | wc -c)
echo "make-video: video files total $total_bytes bytes."
((total_bytes < 3 * 1024 * 1024)) || fail "the video files add up to more than 3 MB; shorten the narration or lower the bitrates."
