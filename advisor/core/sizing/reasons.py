"""Every reason and note code the sizing engine emits, with the value keys each carries.

Core returns data, not sentences: a `Reason(code, values)` or an `Estimate.notes` code. The CLI
(`advisor/cli/recommend.py`, `advisor/cli/estimate.py`) and the Qt layer word them (English, Spanish) by code.
Memory values are bytes, speeds tokens per second, bandwidth decimal GB/s.
"""

from __future__ import annotations

from advisor.core.types import Reason

# ---------------------------------------------------------------- recommendation reasons: code -> value keys
TIER_CHOSEN = "tier_chosen"  # the recommended class and how it runs
# the class above does not fit: the system RAM its best layout needs vs the RAM budget, with `gpu_bytes` on the
# graphics card beside it (sizing.shortfall, what the Models list says of a file too large; 0: no GPU part)
NEXT_TIER_NEEDS_MEMORY = "next_tier_needs_memory"
NEXT_TIER_TOO_SLOW = "next_tier_too_slow"  # the class above fits but runs below the speed threshold
NEXT_TIER_LOW_QUANT_ONLY = "next_tier_low_quant_only"  # the class above fits only with a quant below Q4_K_M
LARGEST_TIER = "largest_tier"  # the recommended class is already the largest
LOW_QUANT = "low_quant"  # nothing fits at Q4_K_M or better: a lower quant, with a quality warning
NOTHING_RUNS = "nothing_runs"  # not even the smallest class runs usably
PARTIAL_OFFLOAD = "partial_offload"  # the recommended model runs split between GPU and CPU
CPU_ONLY = "cpu_only"  # no usable GPU: the model runs from system RAM
# the discrete GPUs' free VRAM (summed) cannot hold one layer of any class (other programs hold it): sizing uses RAM
GPU_MEMORY_IN_USE = "gpu_memory_in_use"
BANDWIDTH_ASSUMED = "bandwidth_assumed"  # speed uses an assumed bandwidth (the machine's could not be read)
NEXT_TIER_CONTEXT = "next_tier_context"  # the class above has no model trained for the context asked
SHARED_GPU_SLOWER = "shared_gpu_slower"  # the integrated GPU would decode slower than the CPU: runs on the CPU
MAC_GPU_SHARE_SMALL = "mac_gpu_share_small"  # a Mac's GPU share cannot hold the model whole: runs on the CPU
# ... and split it would not fit the memory at all (each side its own compute buffer): runs on the CPU
MAC_SPLIT_NO_ROOM = "mac_split_no_room"
MAC_WIRED_LIMIT = "mac_wired_limit"  # ... and the raised share that would hold it (REMARK_MAC_WIRED_LIMIT's values)
# the recommended model fits but leaves the system less than its comfortable share of RAM: `left_bytes` (total −
# needs) is under `reserve_bytes` (total − comfortable: machine.comfortable_reserve_bytes, or what the system and the
# open programs hold when that is more), so the sentence shows the subtraction a reader can check
TIGHT = "tight"
MOE_CHOSEN = "moe_chosen"  # the class runs usably thanks to a mixture-of-experts model (dense ones would not)
# a larger class also runs, but only split between GPU and CPU and tight on memory: possible, not advised
BIGGER_TIGHT_SPLIT = "bigger_tight_split"
FASTER_CHOICE = "faster_choice"  # a smaller class runs much faster (fully on the GPU) than the recommended one
# the pick is tight, or its range dips below the usable speed, and no faster_choice applies: the nearest smaller class
# that runs faster, with what it leaves of the memory (review: an 8 GB laptop told "tight, 7.0 (4.7-11) tokens/s,
# close what you can or choose a lower quantisation" never heard that a 3B model leaves 5 GiB and runs at 12)
SMALLER_CHOICE = "smaller_choice"  # the pick is tight: the smaller class takes `needs_bytes`, leaves `left_bytes`
SMALLER_CHOICE_CARD = "smaller_choice_card"  # the same beside a graphics card: `needs_bytes` of system RAM
SMALLER_CHOICE_SLOW = "smaller_choice_slow"  # the pick may dip below the usable speed: the smaller class's speed
# the same, where the smaller class is tight too, at its leanest good quant: what it leaves beside what the system
# needs (newcomer round, an 8 GB Mac: "roomier choice … leaves 5.2 GiB" under "the system needs about 6.0 GiB")
SMALLER_CHOICE_TIGHT = "smaller_choice_tight"
# another model of the recommended class runs at least twice as fast but was not picked: it leaves too little memory
# for the system (tight), or it is a mixture of experts beside a dense pick (the class's own quality first)
SAME_CLASS_FASTER_TIGHT = "same_class_faster_tight"
SAME_CLASS_FASTER_MOE = "same_class_faster_moe"
# the recommended model at a lower good quant runs at least twice as fast (a mixture with its experts in RAM reads
# half the bytes at Q4_K_M than at Q8_0): its speed and memory, for whoever prefers speed to the last bit of quality
LOWER_QUANT_FASTER = "lower_quant_faster"
# at a long context, a q8_0 KV cache lets the class above the pick run (or the pick's class at Q4_K_M, where only a
# lower quant fits with an f16 cache): that class's model, speed and the two caches' sizes
KV_Q8_CHOICE = "kv_q8_0_choice"
# the recommended mixture of experts runs faster with the routed experts of its first N layers in system RAM and
# everything else on the GPU (llama.cpp's --n-cpu-moe N; N = total_layers: all of them) than split by layers: the
# placement its speed assumes (Recommendation.n_cpu_moe), and the speed split by layers
MOE_PLACEMENT = "moe_placement"

# a Mac's raised GPU share: the value, what the model then leaves, the GPU's speeds then and the speeds now
_WIRED_LIMIT_KEYS = (
    *("wired_limit_mb", "left_bytes", "tokens_per_second", "prompt_tokens_per_second"),
    *("now_tokens_per_second", "now_prompt_tokens_per_second"),
)
_SAME_CLASS_FASTER_KEYS = (
    *("tier", "model", "quant", "tokens_per_second", "chosen_model"),
    *("prompt_tokens_per_second", "chosen_prompt_tokens_per_second"),
)
REASON_KEYS: dict[str, tuple[str, ...]] = {
    # unified: the machine's GPU shares its memory (Apple silicon): the words say "the GPU", not "the graphics card"
    # ram_bytes: what stays in system RAM beside a model that runs whole on a graphics card (its token-embedding
    # table, buffers): `needs_bytes` is the card's part, as the size table's "needs / has" column gives it
    TIER_CHOSEN: (
        "tier",
        "quant",
        "fit",
        "tokens_per_second",
        "gpu_layers",
        "total_layers",
        "needs_bytes",
        "model",
        "ram_bytes",
    ),
    NEXT_TIER_NEEDS_MEMORY: ("tier", "quant", "needs_bytes", "available_bytes", "memory", "gpu_bytes"),
    NEXT_TIER_TOO_SLOW: ("tier", "quant", "tokens_per_second", "min_tokens_per_second"),
    NEXT_TIER_LOW_QUANT_ONLY: ("tier", "quant", "min_good_quant"),
    LARGEST_TIER: ("tier",),
    LOW_QUANT: ("tier", "quant", "min_good_quant"),
    NOTHING_RUNS: (
        "tier",
        "quant",
        "needs_bytes",
        "available_bytes",
        "memory",
        "gpu_bytes",
        "tokens_per_second",
        "min_tokens_per_second",
    ),
    PARTIAL_OFFLOAD: ("gpu_layers", "total_layers", "unified"),
    CPU_ONLY: (),
    GPU_MEMORY_IN_USE: ("vram_free_bytes", "vram_total_bytes"),
    BANDWIDTH_ASSUMED: ("device", "bandwidth_gbps"),
    TIGHT: ("needs_bytes", "comfortable_bytes", "total_bytes", "left_bytes", "reserve_bytes"),
    NEXT_TIER_CONTEXT: ("tier", "context", "context_train", "models"),
    SHARED_GPU_SLOWER: (),
    MAC_GPU_SHARE_SMALL: (),
    MAC_SPLIT_NO_ROOM: (),
    MAC_WIRED_LIMIT: _WIRED_LIMIT_KEYS,
    MOE_CHOSEN: ("tier", "model", "parameters", "active_parameters", "dense_model", "dense_tokens_per_second"),
    FASTER_CHOICE: ("tier", "model", "quant", "fit", "tokens_per_second", "unified"),
    SMALLER_CHOICE: ("tier", "model", "quant", "needs_bytes", "left_bytes", "tokens_per_second"),
    # full_gpu: the smaller class runs wholly on the card (what it takes of the RAM is its buffers only)
    SMALLER_CHOICE_CARD: ("tier", "model", "quant", "needs_bytes", "left_bytes", "tokens_per_second", "full_gpu"),
    SMALLER_CHOICE_SLOW: ("tier", "model", "quant", "tokens_per_second", "low_tokens_per_second"),
    SMALLER_CHOICE_TIGHT: ("tier", "model", "quant", "needs_bytes", "left_bytes", "reserve_bytes", "tokens_per_second"),
    # prompt_tokens_per_second, chosen_prompt_tokens_per_second: both None unless the faster model reads a prompt
    # less than half as fast as the pick (on a Mac's processor where the pick is on its GPU): then both speeds
    SAME_CLASS_FASTER_TIGHT: _SAME_CLASS_FASTER_KEYS,
    SAME_CLASS_FASTER_MOE: _SAME_CLASS_FASTER_KEYS,
    LOWER_QUANT_FASTER: ("model", "quant", "tokens_per_second", "needs_bytes", "chosen_quant"),
    KV_Q8_CHOICE: ("tier", "model", "quant", "tokens_per_second", "kv_bytes", "f16_kv_bytes"),
    # n_cpu_moe: the routed experts of that many layers in RAM, every layer on the GPU (0: split by gpu_layers)
    BIGGER_TIGHT_SPLIT: (
        "tier",
        "model",
        "quant",
        "tokens_per_second",
        "gpu_layers",
        "total_layers",
        "unified",
        "n_cpu_moe",
    ),
    MOE_PLACEMENT: ("model", "n_cpu_moe", "total_layers", "expert_bytes", "layer_tokens_per_second", "unified"),
    # assumptions: values the verdict had to assume (Recommendation.assumptions), each correctable in a file
    "assume_system_reserve": ("reserve_bytes", "total_bytes"),
    "assume_ram_bandwidth": ("bandwidth_gbps", "basis", "ram_type", "speed_mts", "channels"),
    "assume_cpu_cores": ("cores", "basis"),
    "assume_cpu_isa": ("isa", "basis"),
    "assume_cpu_threads": ("threads", "performance", "efficiency", "basis"),
    "assume_gpu_bandwidth": ("gpu", "bandwidth_gbps"),
    "assume_vram_free": ("allowance_bytes",),
    "assume_gpu_nearest": ("gpu", "nearest", "bandwidth_gbps"),
    "assume_gpu_variant": ("gpu", "variant", "ram_bytes", "other", "basis"),
    "assume_cpu_family": ("gpu", "basis"),
    "assume_gpu_tflops": ("gpu", "tflops", "basis"),
    "assume_gpu_laptop": ("gpu", "laptop", "board_power_watts"),
    "assume_shared_gpu_memory": ("gpu", "memory_bytes"),
}
ASSUME_SYSTEM_RESERVE = "assume_system_reserve"  # a what-if: RAM free = total − the system's typical reserve
ASSUME_RAM_BANDWIDTH = "assume_ram_bandwidth"  # derived from type/speed/channels, the CPU family, or typical
ASSUME_CPU_CORES = "assume_cpu_cores"  # core count not given: the CPU family's, or a typical machine's
ASSUME_CPU_ISA = "assume_cpu_isa"  # SIMD class not known (no flags, unknown CPU): AVX2
ASSUME_CPU_THREADS = "assume_cpu_threads"  # a hybrid CPU: the cores llama.cpp's default threads run on
ASSUME_GPU_BANDWIDTH = "assume_gpu_bandwidth"  # a GPU not in the table and no bandwidth given
ASSUME_VRAM_FREE = "assume_vram_free"  # free VRAM unknown: total minus the desktop's allowance
ASSUME_GPU_NEAREST = "assume_gpu_nearest"  # a card the table does not know: its nearest sibling's bandwidth
# an Apple chip named without its GPU core count whose table entry has variants: the one its memory size says
# (basis "ram"), else the one the bare name's table figures are: a Pro/Max/Ultra's smaller one (basis "smaller"), a
# base chip's full GPU (basis "full")
ASSUME_GPU_VARIANT = "assume_gpu_variant"
# a what-if processor known only by the integrated GPU it carries: the family (basis) that GPU is built into
ASSUME_CPU_FAMILY = "assume_cpu_family"
# a GPU whose compute the table does not know: the prompt speed rests on an assumed FP32 rate (basis "integrated": a
# small integrated GPU's, "card": a mid-range card's)
ASSUME_GPU_TFLOPS = "assume_gpu_tflops"
# a desktop card's name on a laptop (a battery seen): the figures of the laptop part sold under it (gpu.with_table)
ASSUME_GPU_LAPTOP = "assume_gpu_laptop"
# an integrated GPU described without its memory: the share of RAM its driver gives by default (half), which a BIOS
# setting (AMD's Variable Graphics Memory) can raise; it decides what runs on a Strix Halo (newcomer round: a 70B ran
# 57 of 80 layers on the GPU at that share, all 80 at 48 GiB, and nothing said it was assumed)
ASSUME_SHARED_GPU_MEMORY = "assume_shared_gpu_memory"
ASSUMPTION_CODES: tuple[str, ...] = (
    ASSUME_SYSTEM_RESERVE,
    ASSUME_RAM_BANDWIDTH,
    ASSUME_CPU_CORES,
    ASSUME_CPU_ISA,
    ASSUME_CPU_THREADS,
    ASSUME_GPU_BANDWIDTH,
    ASSUME_VRAM_FREE,
    ASSUME_GPU_NEAREST,
    ASSUME_GPU_VARIANT,
    ASSUME_CPU_FAMILY,
    ASSUME_GPU_TFLOPS,
    ASSUME_GPU_LAPTOP,
    ASSUME_SHARED_GPU_MEMORY,
)
# The "memory" value says which memory a need is compared with: "vram" (GPU), "ram" (system, or unified memory)
# or "vram_ram" (GPU memory and system RAM together: a model split between them). A model too large for the machine
# is compared with system RAM, what ran out, with "gpu_bytes" on the graphics card beside it (reports saved before
# may still say "vram_ram" for it, without "gpu_bytes").

# ---------------------------------------------------------------- estimate notes (codes in Estimate.notes)
NOTE_EMBEDDING_IN_HOST_RAM = "embedding_in_host_ram"  # the token-embedding matrix stays in RAM with full offload
NOTE_TIED_OUTPUT_COPY = "tied_output_copy"  # ...and a tied output layer's copy of it goes to the GPU
NOTE_WEIGHTS_FROM_BITS = "weights_from_bits_per_weight"  # no file size: weights = parameters × bits per weight
NOTE_RAM_BANDWIDTH_ASSUMED = "ram_bandwidth_assumed"
NOTE_GPU_BANDWIDTH_ASSUMED = "gpu_bandwidth_assumed"
NOTE_VRAM_FREE_UNKNOWN = "vram_free_unknown"  # total VRAM minus an allowance for the desktop was used
NOTE_SHARED_GPU_MEMORY = "shared_gpu_memory"  # an integrated GPU/APU: its memory is system RAM, at RAM speed
NOTE_SHARED_GPU_SLOWER = "shared_gpu_slower"  # the integrated GPU would be slower than the CPU: runs on the CPU
NOTE_MAC_GPU_SHARE_SMALL = "mac_gpu_share_small"  # a Mac's GPU share cannot hold the model whole: runs on the CPU
NOTE_MAC_SPLIT_NO_ROOM = "mac_split_no_room"  # ... and split it would not fit the memory: runs on the CPU
NOTE_VISION_PROJECTOR = "vision_projector"  # a vision projector's weights are counted (image input)
NOTE_VISION_PROJECTOR_UNIFIED = "vision_projector_unified"  # the same, on Apple silicon's GPU (unified memory)
NOTE_TIGHT = "tight_memory"  # fits, but leaves the system too little RAM: an estimate remark (REMARK_TIGHT)
NOTE_UNIFIED_MEMORY = "unified_memory"  # Apple: the GPU may use only its working-set share of RAM
NOTE_MULTI_GPU = "multi_gpu"  # layers split over several GPUs, with a margin kept on each
NOTE_CONTEXT_ABOVE_TRAINING = "context_above_training"  # asked context exceeds what the model was trained for
NOTE_SLIDING_WINDOW = "sliding_window"  # some layers cache only their window
NOTE_MLA_CACHE = "mla_latent_cache"  # DeepSeek-style latent cache
NOTE_RECURRENT_STATE = "recurrent_state"  # recurrent/SSM layers keep a fixed state, not a per-token cache
NOTE_MOE_ACTIVE = "moe_active_parameters"  # speed from the active experts, memory from all of them
NOTE_QUANTISED_KV = "quantised_kv_cache"
NOTE_LOW_QUANT = "low_quant"  # below Q4_K_M: noticeably lower quality
NOTE_SLOW_DISK_PAGING = "weights_exceed_ram"  # too large: would page weights from disk
NOTE_CONTEXT_TOO_LARGE = "context_too_large"  # too large for its KV cache (over ¼ of the weights): a shorter one fits
NOTE_CONTEXT_TOO_LARGE_QUANTISED = "context_too_large_quantised_kv"  # the same with a KV cache already quantised
NOTE_MULTI_SOCKET = "multi_socket"  # several CPU sockets: llama.cpp without --numa reads one socket's memory
NOTE_SWA_FULL = "swa_full"  # llama-server --swa-full: sliding-window layers keep the whole context
NOTE_KV_IN_RAM = "kv_in_ram"  # llama-server -nkvo: the KV cache in system RAM, attention on the CPU

NOTE_CODES: tuple[str, ...] = (
    NOTE_EMBEDDING_IN_HOST_RAM,
    NOTE_TIED_OUTPUT_COPY,
    NOTE_WEIGHTS_FROM_BITS,
    NOTE_RAM_BANDWIDTH_ASSUMED,
    NOTE_GPU_BANDWIDTH_ASSUMED,
    NOTE_VRAM_FREE_UNKNOWN,
    NOTE_UNIFIED_MEMORY,
    NOTE_MULTI_GPU,
    NOTE_CONTEXT_ABOVE_TRAINING,
    NOTE_SLIDING_WINDOW,
    NOTE_MLA_CACHE,
    NOTE_RECURRENT_STATE,
    NOTE_MOE_ACTIVE,
    NOTE_QUANTISED_KV,
    NOTE_LOW_QUANT,
    NOTE_SLOW_DISK_PAGING,
    NOTE_CONTEXT_TOO_LARGE,
    NOTE_CONTEXT_TOO_LARGE_QUANTISED,
    NOTE_MULTI_SOCKET,
    NOTE_SHARED_GPU_MEMORY,
    NOTE_SHARED_GPU_SLOWER,
    NOTE_MAC_GPU_SHARE_SMALL,
    NOTE_MAC_SPLIT_NO_ROOM,
    NOTE_VISION_PROJECTOR,
    NOTE_VISION_PROJECTOR_UNIFIED,
    NOTE_SWA_FULL,
    NOTE_KV_IN_RAM,
)

# ---------------------------------------------------------------- estimate remarks (Estimate.remarks: code + values)
REMARK_CONTEXT_CHECKPOINTS = "context_checkpoints"  # llama-server's copies of the state it cannot roll back
REMARK_DRAFT_GPU = "draft_model_gpu"  # a draft model for speculative decoding, on the GPU with the model
REMARK_DRAFT_UNIFIED = "draft_model_unified"  # the same on Apple silicon: one memory, no card
REMARK_DRAFT_CPU = "draft_model_cpu"  # ... in system RAM
REMARK_EXPERTS_IN_RAM = "experts_in_ram"  # --n-cpu-moe N: the first N layers' routed experts in system RAM
REMARK_EXPERTS_IN_RAM_TOO_FEW = "experts_in_ram_too_few"  # that N leaves the GPU too small; the N that fits
REMARK_EXPERTS_IN_RAM_TOO_MANY = "experts_in_ram_too_many"  # that N's experts do not fit RAM; the Ns that fit
REMARK_EXPERTS_IN_RAM_NO_FIT = "experts_in_ram_no_fit"  # even all experts in RAM leave the GPU too small
REMARK_EXPERTS_IN_RAM_BETTER = "experts_in_ram_better"  # experts in RAM beats the layer split shown
# no placement asked: experts in RAM chosen, as faster than the split by layers (`-ngl gpu_layers`) it names
REMARK_EXPERTS_IN_RAM_CHOSEN = "experts_in_ram_chosen"
# a Mac's GPU holds the model whole and runs it, though its CPU is estimated to decode faster (and prompts slower)
REMARK_MAC_CPU_DECODES_FASTER = "mac_cpu_decodes_faster"
# a Mac's model on the processor because the GPU's share is too small: the `sudo sysctl iogpu.wired_limit_mb` value
# that lets the GPU hold it whole, what that leaves the rest of the system, and the GPU's speeds then (newcomer
# round: "raise that part (… wired_limit_mb=N …)" left a person to guess N)
REMARK_MAC_WIRED_LIMIT = "mac_wired_limit"
REMARK_SLOTS_SHARED = "slots_shared"  # llama-server's slots share one KV cache (-np auto, or -np N -kvu)
REMARK_SLOTS_SPLIT = "slots_split"  # -np N without -kvu: each slot its own cache of the context / N
# a long context's f16 KV cache keeps the model off the GPU (or part of it) where a q8_0 one would not: how much
# more of it runs there then, and how fast (newcomer round: a 14B on a 16 GB Mac fell to the processor at 32K)
REMARK_KV_Q8_FULL_GPU = "kv_q8_0_full_gpu"
REMARK_KV_Q8_MORE_GPU = "kv_q8_0_more_gpu"
# ... and for a mixture of experts, with its routed experts of some layers in RAM (newcomer round: "48 of its 48
# layers run on the GPU" said where that cache ran with the experts of 11 layers in RAM, tight, on a 24 GB M4 Pro)
REMARK_KV_Q8_EXPERTS_IN_RAM = "kv_q8_0_experts_in_ram"
# a model known by its size alone (no experts given, no file) that is a mixture's size: that mixture, and how fast it
# runs here as that mixture (tiers.mixture_of_that_size)
REMARK_MIXTURE_LOOKALIKE = "mixture_lookalike"
# layers, heads and vocabulary not given, borrowed from the reference model nearest in size: named, with its layers
# (newcomer round: "the nearest well-known model" left a person guessing which, and why 32 layers)
REMARK_SHAPE_FROM_REFERENCE = "shape_from_reference"
# a model typed by its size, experts and quant that is a reference whose quants all keep the experts at MXFP4
# (gpt-oss-20b): its published file at that quant is sized, not parameters × bits (tiers.published_lookalike)
REMARK_PUBLISHED_FILE = "published_file"
# a variant label typed (`--quant UD-Q4_K_XL`) without its file: sized as the bundled list's file of that label for a
# named model (`--model`), else as the preset it is a variant of (quants.variant_base), said either way (newcomer
# round: the estimate sized the Q4_K_M file, 0.8 GiB larger and tight, where the Models list sized the UD file)
REMARK_VARIANT_FILE = "variant_file"
# `estimate --model NAME` without --quant: the quant recommend gives that model here (recommend.recommended_quant)
REMARK_QUANT_AS_RECOMMENDED = "quant_as_recommended"
REMARK_VARIANT_AS_BASE = "variant_as_base"
# `estimate --model gemma-3-12b`, a model of the bundled list that recommend never names: sized as that list's file of
# the quant (as the Models list sizes it), or, where the list has no such file, as parameters × its bits with the
# repo's architecture (catalog.snapshot.bundled_model); said either way, with the quants the list has
REMARK_BUNDLED_MODEL_FILE = "bundled_model_file"
REMARK_BUNDLED_MODEL_NO_FILE = "bundled_model_no_file"
# fits, but leaves the system less than it needs beside it: the figures of the recommendation's TIGHT reason
REMARK_TIGHT = NOTE_TIGHT
REMARK_KEYS: dict[str, tuple[str, ...]] = {
    REMARK_TIGHT: ("needs_bytes", "total_bytes", "left_bytes", "reserve_bytes"),
    REMARK_KV_Q8_FULL_GPU: ("kv_bytes", "f16_kv_bytes", "tokens_per_second", "tight"),
    REMARK_MIXTURE_LOOKALIKE: ("model", "quant", "experts", "active_experts", "tokens_per_second"),
    # typed: a size typed alone (no file, no architecture: `estimate --params`), which `--model` can name instead
    REMARK_SHAPE_FROM_REFERENCE: ("model", "layers", "typed"),
    REMARK_PUBLISHED_FILE: ("model", "quant", "file_bytes"),
    REMARK_VARIANT_FILE: ("quant", "repo", "file", "file_bytes"),
    REMARK_VARIANT_AS_BASE: ("quant", "base"),
    REMARK_BUNDLED_MODEL_FILE: ("model", "repo", "file", "file_bytes", "quants"),
    REMARK_BUNDLED_MODEL_NO_FILE: ("model", "repo", "quant", "quants"),
    REMARK_QUANT_AS_RECOMMENDED: ("model", "quant"),
    REMARK_KV_Q8_MORE_GPU: ("kv_bytes", "f16_kv_bytes", "gpu_layers", "total_layers", "tokens_per_second", "tight"),
    REMARK_KV_Q8_EXPERTS_IN_RAM: (
        "kv_bytes",
        "f16_kv_bytes",
        "n_cpu_moe",
        "total_layers",
        "tokens_per_second",
        "tight",
    ),
    REMARK_CONTEXT_CHECKPOINTS: ("total_bytes", "checkpoints", "each_bytes"),
    REMARK_DRAFT_GPU: ("name", "draft_bytes", "ram_bytes"),
    REMARK_DRAFT_UNIFIED: ("name", "draft_bytes"),
    REMARK_DRAFT_CPU: ("name", "draft_bytes"),
    REMARK_EXPERTS_IN_RAM: ("n_cpu_moe", "expert_bytes"),
    REMARK_EXPERTS_IN_RAM_TOO_FEW: ("n_cpu_moe", "needed"),
    REMARK_EXPERTS_IN_RAM_TOO_MANY: ("n_cpu_moe", "needed", "most"),
    REMARK_EXPERTS_IN_RAM_NO_FIT: ("n_cpu_moe",),
    REMARK_EXPERTS_IN_RAM_BETTER: ("n_cpu_moe", "tokens_per_second", "layer_tokens_per_second"),
    REMARK_EXPERTS_IN_RAM_CHOSEN: (
        "n_cpu_moe",
        "total_layers",
        "expert_bytes",
        "gpu_layers",
        "layer_tokens_per_second",
        "unified",
    ),
    REMARK_MAC_CPU_DECODES_FASTER: (
        "cpu_tokens_per_second",
        "cpu_prompt_tokens_per_second",
        "prompt_tokens_per_second",
    ),
    REMARK_MAC_WIRED_LIMIT: _WIRED_LIMIT_KEYS,
    REMARK_SLOTS_SHARED: ("slots",),
    REMARK_SLOTS_SPLIT: ("slots", "slot_context"),
}
REMARK_CODES: tuple[str, ...] = tuple(REMARK_KEYS)

# ---------------------------------------------------------------- how to load it (estimate.load_placement)
# the placement a speed assumes where LM Studio's and llama.cpp's defaults would place the model otherwise:
# `Recommendation.load`, `QuantFile.load`; None: every layer on the GPU, or no GPU (it loads as usual)
LOAD_EXPERTS_IN_RAM = "load_experts_in_ram"  # every layer on the GPU, the first N layers' routed experts in RAM
# -ngl N (`gpu_layers`, llama.cpp's count): the last N - 1 repeating layers and the output layer on the GPU, the first
# layers and the token embeddings in RAM; N is below `total_layers` (the repeating layers: LM Studio's maximum)
LOAD_LAYERS = "load_layers"
# on the processor (-ngl 0) beside an integrated GPU slower than it, or (`gpu_share_small`) beside a Mac's GPU whose
# share of the memory is too small for the model
LOAD_CPU_ONLY = "load_cpu_only"
LOAD_KEYS: dict[str, tuple[str, ...]] = {
    LOAD_EXPERTS_IN_RAM: ("n_cpu_moe", "total_layers"),
    LOAD_LAYERS: ("gpu_layers", "total_layers"),
    LOAD_CPU_ONLY: ("total_layers", "gpu_share_small"),
}


def remark(code: str, **values: object) -> Reason:
    """An estimate remark whose values are exactly the keys registered for its code."""
    if set(values) != set(REMARK_KEYS[code]):
        raise ValueError(f"remark {code}: values {sorted(values)} differ from {sorted(REMARK_KEYS[code])}")
    return Reason(code, dict(values))


# ---------------------------------------------------------------- local model errors (LocalModelEstimate.error)
LOCAL_NOT_FOUND = "not_found"
LOCAL_UNREADABLE = "unreadable"  # an OS error reading the file
LOCAL_NOT_GGUF = "not_gguf"  # truncated or corrupt header
LOCAL_ERROR_CODES: tuple[str, ...] = (LOCAL_NOT_FOUND, LOCAL_UNREADABLE, LOCAL_NOT_GGUF)


def reason(code: str, **values: object) -> Reason:
    """A Reason whose values are exactly the keys registered for its code (a typo fails loudly in tests)."""
    expected = REASON_KEYS[code]
    if set(values) != set(expected):
        raise ValueError(f"reason {code}: values {sorted(values)} differ from {sorted(expected)}")
    return Reason(code, dict(values))
