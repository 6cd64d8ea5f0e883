"""The sizing verdict in words: fit levels, reasons, assumptions, the memory budget, notes of an estimate."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from advisor.core.messages.speaker import GIB, MIB, Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg

FIT = {
    "full_gpu": QT_TRANSLATE_NOOP("Fit", "Full GPU"),
    "partial_offload": QT_TRANSLATE_NOOP("Fit", "Partial GPU"),
    "cpu_only": QT_TRANSLATE_NOOP("Fit", "CPU only"),
    "too_large": QT_TRANSLATE_NOOP("Fit", "Too large"),
}
FIT_EXPLAINED = {
    "full_gpu": QT_TRANSLATE_NOOP("Fit", "Every layer fits in free GPU memory: the fastest way to run it."),
    "partial_offload": QT_TRANSLATE_NOOP(
        "Fit", "Some layers run on the GPU and the rest on the CPU: it works, but slower."
    ),
    "cpu_only": QT_TRANSLATE_NOOP("Fit", "It fits in system RAM and runs on the processor: usable for small models."),
    "too_large": QT_TRANSLATE_NOOP("Fit", "Not enough memory (GPU plus RAM) to load it on this computer."),
}
# the same answers inside a sentence ("... here (partial GPU)"): each its own message, never the label's ("CPU
# only" would share the label's translation, capitalised: "aquí (Solo CPU)")
FIT_IN_SENTENCE = {
    "full_gpu": QT_TRANSLATE_NOOP("Fit", "full GPU"),
    "partial_offload": QT_TRANSLATE_NOOP("Fit", "partial GPU"),
    "cpu_only": QT_TRANSLATE_NOOP("Fit", "on the CPU only"),
    "too_large": QT_TRANSLATE_NOOP("Fit", "too large"),
}
TIGHT = QT_TRANSLATE_NOOP("Fit", "tight")
LAYERS_ON_GPU = QT_TRANSLATE_NOOP("Fit", "{gpu_layers} of {total_layers} layers on the GPU")
# every layer on the GPU, some of their routed experts in RAM (--n-cpu-moe): not "48 of 48 layers", a partial fit
ALL_LAYERS_ON_GPU = QT_TRANSLATE_NOOP("Fit", "all {total_layers} layers on the GPU")

MEMORY = {
    "vram": QT_TRANSLATE_NOOP("Reasons", "GPU memory"),
    "vram_ram": QT_TRANSLATE_NOOP("Reasons", "GPU memory and system RAM together"),
    "ram": QT_TRANSLATE_NOOP("Reasons", "system RAM"),
}

REASONS: dict[str, Msg] = {
    "tier_chosen": QT_TRANSLATE_NOOP(
        "Reasons",
        "A {tier}-class model ({model}) at {quant} needs {needs_bytes} and runs at about "
        "{tokens_per_second} tokens per second here ({fit}).",
    ),
    "tier_chosen_card": QT_TRANSLATE_NOOP(
        "Reasons",
        "A {tier}-class model ({model}) at {quant} needs {needs_bytes} on the graphics card and {ram_bytes} of system "
        "RAM beside it, and runs at about {tokens_per_second} tokens per second here ({fit}).",
    ),
    "next_tier_needs_memory": QT_TRANSLATE_NOOP(
        "Reasons",
        "The next size up ({tier} at {quant}) needs {needs_bytes}, but only {available_bytes} of {memory} is free.",
    ),
    "next_tier_too_slow": QT_TRANSLATE_NOOP(
        "Reasons",
        "The next size up ({tier} at {quant}) would fit but run at only "
        "{tokens_per_second} tokens per second (below {min_tokens_per_second}).",
    ),
    "next_tier_low_quant_only": QT_TRANSLATE_NOOP(
        "Reasons",
        "The next size up ({tier}) runs usably only at {quant}, below {min_good_quant}: its answers would suffer.",
    ),
    "tight": QT_TRANSLATE_NOOP(
        "Reasons",
        "Tight: the model and what runs it take {needs_bytes} of the {total_bytes} of memory and leave "
        "{left_bytes} for everything else: enough for the system alone, but with your open programs (a browser, an "
        "editor) it needs about {reserve_bytes} to stay responsive. Close what you can before loading it, or choose a "
        "lower quantisation or a smaller model.",
    ),
    "moe_chosen": QT_TRANSLATE_NOOP(
        "Reasons",
        "{model} is a mixture of experts: {parameters} billion weights in memory but only "
        "{active_parameters} billion read per token, so it runs like a small model. A dense {tier}-class "
        "model such as {dense_model} would run at {dense_tokens_per_second} tokens per second.",
    ),
    "moe_chosen_dense_too_large": QT_TRANSLATE_NOOP(
        "Reasons",
        "{model} is a mixture of experts: {parameters} billion weights in memory but only "
        "{active_parameters} billion read per token, so it runs like a small model. A dense {tier}-class "
        "model such as {dense_model} would not fit.",
    ),
    "same_class_faster_tight": QT_TRANSLATE_NOOP(
        "Reasons",
        "{model} at {quant}, also of the {tier} class, would run faster here (about {tokens_per_second} tokens per "
        "second), but it leaves too little memory for the system and your open programs, so {chosen_model} is "
        "recommended. Close what you can to run {model} instead.",
    ),
    "same_class_faster_tight_prompt": QT_TRANSLATE_NOOP(
        "Reasons",
        "{model} at {quant}, also of the {tier} class, would generate faster here (about {tokens_per_second} tokens "
        "per second), but it leaves too little memory for the system and your open programs, and it reads a prompt "
        "at only {prompt_tokens_per_second} tokens per second against {chosen_prompt_tokens_per_second}, so "
        "{chosen_model} is recommended. Close what you can to run {model} instead.",
    ),
    "same_class_faster_moe_prompt": QT_TRANSLATE_NOOP(
        "Reasons",
        "{model} at {quant}, a mixture of experts of the same {tier} class, generates faster here (about "
        "{tokens_per_second} tokens per second) but reads a prompt at only {prompt_tokens_per_second} tokens per "
        "second against {chosen_prompt_tokens_per_second}: {chosen_model}, a dense model, is recommended because all "
        "its weights work on every answer. Choose {model} if generating speed matters more.",
    ),
    "same_class_faster_moe": QT_TRANSLATE_NOOP(
        "Reasons",
        "{model} at {quant}, a mixture of experts of the same {tier} class, runs faster here (about "
        "{tokens_per_second} tokens per second): {chosen_model}, a dense model, is recommended because all its "
        "weights work on every answer. Choose {model} if speed matters more.",
    ),
    "lower_quant_faster": QT_TRANSLATE_NOOP(
        "Reasons",
        "Faster choice: the same {model} at {quant} runs at about {tokens_per_second} tokens per second here and "
        "takes {needs_bytes}; choose it if speed matters more than the little quality {chosen_quant} adds.",
    ),
    "kv_q8_0_choice": QT_TRANSLATE_NOOP(
        "Reasons",
        "With a q8_0 KV cache ({kv_bytes} at this context instead of {f16_kv_bytes}) a {tier}-class model ({model}) "
        "at {quant} runs here at about {tokens_per_second} tokens per second: in LM Studio set “K Cache Quantization "
        "Type” and “V Cache Quantization Type” to Q8_0; in llama.cpp, -ctk q8_0 -ctv q8_0 -fa on.",
    ),
    "bigger_tight_split": QT_TRANSLATE_NOOP(
        "Reasons",
        "A {tier}-class model ({model}) at {quant} would also run, but only with {gpu_layers} of "
        "{total_layers} layers on the graphics card and too little memory left for the system "
        "(about {tokens_per_second} tokens per second): possible, not advised.",
    ),
    "bigger_tight_split_unified": QT_TRANSLATE_NOOP(
        "Reasons",
        "A {tier}-class model ({model}) at {quant} would also run, but only with {gpu_layers} of "
        "{total_layers} layers on the GPU and too little memory left for the system "
        "(about {tokens_per_second} tokens per second): possible, not advised.",
    ),
    # the class above laid out with its routed experts in RAM (code review: "only with 48 of 48 layers on the GPU")
    "bigger_tight_split_experts": QT_TRANSLATE_NOOP(
        "Reasons",
        "A {tier}-class model ({model}) at {quant} would also run, but only with the routed experts of {n_cpu_moe} of "
        "its {total_layers} layers in system RAM and too little memory left for the system (about "
        "{tokens_per_second} tokens per second): possible, not advised.",
    ),
    "bigger_tight_split_experts_unified": QT_TRANSLATE_NOOP(
        "Reasons",
        "A {tier}-class model ({model}) at {quant} would also run, but only with the routed experts of {n_cpu_moe} of "
        "its {total_layers} layers read by the processor and too little memory left for the system (about "
        "{tokens_per_second} tokens per second): possible, not advised.",
    ),
    "bigger_tight_split_experts_all": QT_TRANSLATE_NOOP(
        "Reasons",
        "A {tier}-class model ({model}) at {quant} would also run, but only with all its routed experts in system RAM "
        "and too little memory left for the system (about {tokens_per_second} tokens per second): possible, not "
        "advised.",
    ),
    "bigger_tight_split_experts_all_unified": QT_TRANSLATE_NOOP(
        "Reasons",
        "A {tier}-class model ({model}) at {quant} would also run, but only with all its routed experts read by the "
        "processor and too little memory left for the system (about {tokens_per_second} tokens per second): "
        "possible, not advised.",
    ),
    "faster_choice_unified": QT_TRANSLATE_NOOP(
        "Reasons",
        "Faster choice: a {tier}-class model ({model}) at {quant} runs entirely on the GPU at "
        "about {tokens_per_second} tokens per second.",
    ),
    "faster_choice": QT_TRANSLATE_NOOP(
        "Reasons",
        "Faster choice: a {tier}-class model ({model}) at {quant} runs entirely on the graphics card at "
        "about {tokens_per_second} tokens per second.",
    ),
    "smaller_choice": QT_TRANSLATE_NOOP(
        "Reasons",
        "Roomier choice: a {tier}-class model ({model}) at {quant} takes {needs_bytes} and leaves {left_bytes} for "
        "everything else, at about {tokens_per_second} tokens per second.",
    ),
    "smaller_choice_card": QT_TRANSLATE_NOOP(
        "Reasons",
        "Roomier choice: a {tier}-class model ({model}) at {quant} takes {needs_bytes} of system RAM beside the "
        "graphics card and leaves {left_bytes} for everything else, at about {tokens_per_second} tokens per second.",
    ),
    "smaller_choice_card_full_gpu": QT_TRANSLATE_NOOP(
        "Reasons",
        "Roomier choice: a {tier}-class model ({model}) at {quant} runs wholly on the graphics card, taking only "
        "{needs_bytes} of system RAM, and leaves {left_bytes} for everything else, at about {tokens_per_second} "
        "tokens per second.",
    ),
    "smaller_choice_tight": QT_TRANSLATE_NOOP(
        "Reasons",
        "Roomier choice: a {tier}-class model ({model}) at {quant} takes {needs_bytes} and leaves {left_bytes} for "
        "everything else, at about {tokens_per_second} tokens per second: still short of the {reserve_bytes} the "
        "system needs, but closer.",
    ),
    "smaller_choice_slow": QT_TRANSLATE_NOOP(
        "Reasons",
        "If it feels slow (it may drop to about {low_tokens_per_second} tokens per second): a {tier}-class model "
        "({model}) at {quant} runs at about {tokens_per_second} tokens per second here.",
    ),
    "moe_placement": QT_TRANSLATE_NOOP(
        "Reasons",
        "{model} does not fit the graphics card whole, so the speed above assumes the routed experts of the first "
        "{n_cpu_moe} of its {total_layers} layers ({expert_bytes}) in system RAM and everything else on the graphics "
        "card, as llama-server's --fit does by itself (split by layers: {layer_tokens_per_second} tokens per second).",
    ),
    "moe_placement_unified": QT_TRANSLATE_NOOP(
        "Reasons",
        "{model} does not fit whole in the memory the GPU may use, so the speed above assumes the routed experts of "
        "the first {n_cpu_moe} of its {total_layers} layers ({expert_bytes}) read by the processor and everything "
        "else on the GPU, as llama-server's --fit does by itself (split by layers: {layer_tokens_per_second} tokens "
        "per second).",
    ),
    "moe_placement_all_unified": QT_TRANSLATE_NOOP(
        "Reasons",
        "{model} does not fit whole in the memory the GPU may use, so the speed above assumes all its routed experts "
        "({expert_bytes}) read by the processor and everything else on the GPU, as llama-server's --fit does by "
        "itself (split by layers: {layer_tokens_per_second} tokens per second).",
    ),
    "moe_placement_all": QT_TRANSLATE_NOOP(
        "Reasons",
        "{model} does not fit the graphics card whole, so the speed above assumes all its routed experts "
        "({expert_bytes}) in system RAM and everything else on the graphics card, as llama-server's --fit does by "
        "itself (split by layers: {layer_tokens_per_second} tokens per second).",
    ),
    "largest_tier": QT_TRANSLATE_NOOP("Reasons", "{tier} is the largest class we size."),
    "next_tier_context": QT_TRANSLATE_NOOP(
        "Reasons", "No {tier} model we know is trained for {context} tokens of context (the longest: {context_train})."
    ),
    # with the models the class is judged by (a report saved before they were given says the sentence above)
    "next_tier_context_models": QT_TRANSLATE_NOOP(
        "Reasons",
        "None of the {tier}-class models this advice is sized on ({models}) is trained for {context} tokens of "
        "context (the longest: {context_train}); other models of the class may be.",
    ),
    "shared_gpu_slower": QT_TRANSLATE_NOOP(
        "Reasons",
        "With this model the integrated graphics would generate more slowly than the processor beside it, so it "
        "runs on the processor.",
    ),
    "mac_gpu_share_small": QT_TRANSLATE_NOOP(
        "Reasons",
        "This Mac's GPU may use only part of its memory, too little to hold the whole model, and split between the "
        "GPU and the processor it would generate more slowly than on the processor alone, which reads the same "
        "memory: so it runs there.",
    ),
    "mac_split_no_room": QT_TRANSLATE_NOOP(
        "Reasons",
        "This Mac's GPU may use only part of its memory, too little to hold the whole model, and split between the "
        "GPU and the processor it would need more memory than there is (each side keeps its own working buffers): "
        "so it runs on the processor.",
    ),
    "mac_wired_limit": QT_TRANSLATE_NOOP(
        "Reasons",
        "macOS 14 and later let the GPU use more of the memory until the next restart: after `sudo sysctl "
        "iogpu.wired_limit_mb={wired_limit_mb}` it holds the whole model and generates at about {tokens_per_second} "
        "tokens/s (now {now_tokens_per_second}), reads a prompt at {prompt_tokens_per_second} tokens/s (now "
        "{now_prompt_tokens_per_second}), and the model leaves {left_bytes} for the system and your other programs.",
    ),
    "low_quant": QT_TRANSLATE_NOOP(
        "Reasons",
        "Only a low quantisation ({quant}, below {min_good_quant}) fits for {tier}: expect noticeably weaker answers.",
    ),
    "nothing_runs": QT_TRANSLATE_NOOP(
        "Reasons",
        "Not even a {tier}-class model runs usably: at {quant} it would generate {tokens_per_second} tokens "
        "per second, below {min_tokens_per_second}.",
    ),
    "nothing_fits": QT_TRANSLATE_NOOP(
        "Reasons",
        "Not even a {tier}-class model fits: at {quant} it needs {needs_bytes} of {memory}, and {available_bytes} is "
        "free.",
    ),
    "partial_offload": QT_TRANSLATE_NOOP(
        "Reasons",
        "{gpu_layers} of {total_layers} layers fit on the graphics card; the rest runs "
        "on the processor, which is slower.",
    ),
    "partial_offload_unified": QT_TRANSLATE_NOOP(
        "Reasons",
        "{gpu_layers} of {total_layers} layers fit in the memory the GPU may use; the rest runs "
        "on the processor, which is slower.",
    ),
    "cpu_only": QT_TRANSLATE_NOOP(
        "Reasons", "No usable graphics card: the model runs from system RAM on the processor."
    ),
    "gpu_memory_in_use": QT_TRANSLATE_NOOP(
        "Reasons",
        "The graphics card's memory is taken: only {vram_free_bytes} of {vram_total_bytes} is free, "
        "not enough for one layer of a model, so the sizes are compared with system RAM. Close the "
        "programs that hold graphics memory (games, another model) to use the card.",
    ),
    "bandwidth_assumed": QT_TRANSLATE_NOOP(
        "Reasons",
        "The memory speed of the {device} could not be measured; we assumed "
        "{bandwidth_gbps} GB/s, so the speed is a rough guess.",
    ),
}
# How to load a model in the placement its speed assumes (`advisor.core.sizing.estimate.load_placement`:
# `Recommendation.load`, `QuantFile.load`), in two sentences: LM Studio's load settings as LM Studio labels them
# (lmstudio-ai/localization en/config.json: "GPU Offload", llm.load.llama.acceleration.offloadRatio, whose slider
# reads MAX at the top; "Number of layers for which to force MoE weights onto CPU", llm.load.numCpuExpertLayersRatio,
# which LM Studio's Spanish leaves in English while its GPU Offload is "Descarga a GPU"), then llama.cpp's flags
# (common/arg.cpp: -ngl, --n-cpu-moe N, --cpu-moe, -ot), on a line of their own where a page wraps text
LOAD_IN_LM_STUDIO: dict[str, Msg] = {
    "load_experts_in_ram": QT_TRANSLATE_NOOP(
        "Reasons",
        "LM Studio: in the model's load settings, set “GPU Offload” to the maximum ({total_layers}) and “Number of "
        "layers for which to force MoE weights onto CPU” to {n_cpu_moe}.",
    ),
    "load_experts_in_ram_all": QT_TRANSLATE_NOOP(
        "Reasons",
        "LM Studio: in the model's load settings, set “GPU Offload” to the maximum ({total_layers}) and “Number of "
        "layers for which to force MoE weights onto CPU” to the maximum too; before LM Studio 0.4, turn on “Force "
        "Model Expert Weights onto CPU” instead.",
    ),
    "load_layers": QT_TRANSLATE_NOOP(
        "Reasons",
        "LM Studio: in the model's load settings, set “GPU Offload” to {gpu_layers} of its {total_layers} layers.",
    ),
    "load_cpu_only": QT_TRANSLATE_NOOP(
        "Reasons", "LM Studio: in the model's load settings, set “GPU Offload” to 0, so that the processor runs it."
    ),
}
LOAD_CODES = ("load_experts_in_ram", "load_layers", "load_cpu_only")  # advisor.core.sizing.reasons.LOAD_KEYS
# the context the memory and speed were sized for, where LM Studio's default (types.LM_STUDIO_DEFAULT_CONTEXT)
# differs: alone (a model that loads as usual) or after a placement's settings ("Context Length",
# llm.load.contextLength; «Longitud del Contexto» in LM Studio's Spanish)
LOAD_CONTEXT_IN_LM_STUDIO = QT_TRANSLATE_NOOP(
    "Reasons", "LM Studio: in the model's load settings, set “Context Length” to {context}."
)
LOAD_CONTEXT_TOO = QT_TRANSLATE_NOOP("Reasons", "Set its “Context Length” to {context} too.")
# a KV cache sized at another type than f16 (`estimate --kv-type`, -ctk/-ctv): LM Studio's “K Cache Quantization Type”
# and “V Cache Quantization Type” (llm.load.llama.kCacheQuantizationType / vCacheQuantizationType, left in English in
# its Spanish; a quantized V needs “Flash Attention”) and llama.cpp's -ctk/-ctv, beside the placement (newcomer round:
# the tip's q8_0 cache was sized, and the load line pasted as shown loaded an f16 cache that overflowed the card)
LOAD_KV_IN_LM_STUDIO = QT_TRANSLATE_NOOP("Reasons", "LM Studio: in the model's load settings, set {settings}.")
LOAD_KV_TOO = QT_TRANSLATE_NOOP("Reasons", "Set {settings} too.")
LOAD_KV_BOTH = QT_TRANSLATE_NOOP("Reasons", "“K Cache Quantization Type” and “V Cache Quantization Type” to {type}")
LOAD_KV_K = QT_TRANSLATE_NOOP("Reasons", "“K Cache Quantization Type” to {type}")
LOAD_KV_V = QT_TRANSLATE_NOOP("Reasons", "“V Cache Quantization Type” to {type}")
LOAD_KV_AND = QT_TRANSLATE_NOOP("Reasons", "{first} and {second}")
LOAD_KV_FLASH = QT_TRANSLATE_NOOP("Reasons", "Turn “Flash Attention” on: llama.cpp quantizes the V cache only with it.")
LOAD_IN_LLAMA_CPP = QT_TRANSLATE_NOOP("Reasons", "llama.cpp: {flags}.")
LOAD_IN_LLAMA_CPP_ALL = QT_TRANSLATE_NOOP("Reasons", "llama.cpp: {flags} (or -ot exps=CPU).")
# why a model already on disk (LM Studio's folder) has no estimate: `LocalModelEstimate.error`
LOCAL_MODEL_ERRORS = {
    "not_found": QT_TRANSLATE_NOOP("Reasons", "file not found"),
    "unreadable": QT_TRANSLATE_NOOP("Reasons", "the file could not be read"),
    "not_gguf": QT_TRANSLATE_NOOP("Reasons", "not a valid GGUF file"),
}

ASSUMPTIONS: dict[str, Msg] = {  # key: code, or code/basis where the basis changes the sentence
    "assume_system_reserve": QT_TRANSLATE_NOOP(
        "Assumptions",
        "RAM free for the model: the usual reserve for the system ({reserve_bytes} of "
        "{total_bytes}) is taken off, as this machine was described, not detected. On a computer you have, "
        "detecting it uses what is really free.",
    ),
    "assume_ram_bandwidth/typical": QT_TRANSLATE_NOOP(
        "Assumptions",
        "Memory speed {bandwidth_gbps} GB/s, as on a typical computer with two channels of "
        "DDR4-3200. Give the memory type and speed, or the processor model, for a better "
        "estimate.",
    ),
    "assume_ram_bandwidth/cpu_family": QT_TRANSLATE_NOOP(
        "Assumptions",
        "Memory speed {bandwidth_gbps} GB/s, from what this processor's family ships with "
        "({ram_type}-{speed_mts}, {channels} channels).",
    ),
    "assume_ram_bandwidth": QT_TRANSLATE_NOOP(
        "Assumptions",
        "Memory speed {bandwidth_gbps} GB/s, from the memory's type and speed "
        "({ram_type}-{speed_mts}, {channels} channels; 75% of the peak).",
    ),
    "assume_ram_bandwidth/cpu_link": QT_TRANSLATE_NOOP(
        "Assumptions",
        "Memory speed {bandwidth_gbps} GB/s for the processor: what its cores draw through their link to the memory "
        "({ram_type}-{speed_mts}, {channels} channels, which its graphics read faster).",
    ),
    "assume_cpu_cores/typical": QT_TRANSLATE_NOOP(
        "Assumptions", "{cores} processor cores, as on a typical laptop or desktop."
    ),
    "assume_cpu_cores/logical": QT_TRANSLATE_NOOP(
        "Assumptions", "{cores} processor cores: half of the logical cores given."
    ),
    "assume_cpu_cores/name": QT_TRANSLATE_NOOP("Assumptions", "{cores} processor cores, as the processor's name says."),
    "assume_cpu_cores": QT_TRANSLATE_NOOP("Assumptions", "{cores} processor cores, as usual for {basis}."),
    "assume_cpu_isa/typical": QT_TRANSLATE_NOOP(
        "Assumptions", "The processor's instructions are unknown: {isa} is assumed."
    ),
    "assume_cpu_isa": QT_TRANSLATE_NOOP("Assumptions", "Processor instructions: {isa}, as usual for {basis}."),
    "assume_cpu_threads/performance_cores": QT_TRANSLATE_NOOP(
        "Assumptions",
        "llama.cpp runs {threads} threads by default, one on each of the {performance} performance cores; the "
        "{efficiency} efficiency cores are left idle.",
    ),
    "assume_cpu_threads/performance_cores_linux_assumed": QT_TRANSLATE_NOOP(
        "Assumptions",
        "The system is not known, so Linux is assumed: there llama.cpp runs {threads} threads by default, one on "
        "each of the {performance} performance cores, and leaves the {efficiency} efficiency cores idle; on "
        "Windows it runs one on every core.",
    ),
    "assume_cpu_threads/performance_cores_no_smt": QT_TRANSLATE_NOOP(
        "Assumptions",
        "llama.cpp runs only {threads} threads by default on these {performance} performance cores: it counts "
        "every second one, as if each core had two threads, and these have one. Starting it with -t {performance} "
        "uses them all. The {efficiency} efficiency cores are left idle.",
    ),
    "assume_cpu_threads/all_cores": QT_TRANSLATE_NOOP(
        "Assumptions",
        "llama.cpp runs {threads} threads by default, one on every core: the {performance} performance cores "
        "and the {efficiency} slower efficiency cores.",
    ),
    "assume_cpu_threads": QT_TRANSLATE_NOOP(
        "Assumptions",
        "llama.cpp runs {threads} threads by default, one on every core, the {efficiency} slow efficiency cores "
        "too, and they hold the {performance} fast cores back: starting it with -t {performance} on the fast "
        "cores only (taskset) answers faster.",
    ),
    "assume_gpu_bandwidth": QT_TRANSLATE_NOOP(
        "Assumptions", "{gpu} is not in our table: a memory speed of {bandwidth_gbps} GB/s is assumed."
    ),
    "assume_gpu_nearest": QT_TRANSLATE_NOOP(
        "Assumptions",
        "{gpu} is not in our table: the figures of the nearest known card, {nearest} "
        "({bandwidth_gbps} GB/s), are used.",
    ),
    "assume_gpu_laptop": QT_TRANSLATE_NOOP(
        "Assumptions",
        "A laptop (it has a battery): {gpu} is taken as the laptop part sold under that name, the {laptop} "
        "({board_power_watts} W).",
    ),
    "assume_vram_free": QT_TRANSLATE_NOOP(
        "Assumptions", "The free graphics memory is unknown: the total less what a desktop uses is assumed."
    ),
    "assume_shared_gpu_memory": QT_TRANSLATE_NOOP(
        "Assumptions",
        "{gpu} may use up to {memory_bytes} of the system RAM: half of it, as its driver gives an integrated GPU by "
        "default, less a margin. Where the BIOS gives it more (AMD's “Variable Graphics Memory”, the UMA frame buffer "
        "size), say how much.",
    ),
    "assume_gpu_variant/ram": QT_TRANSLATE_NOOP(
        "Assumptions",
        "{gpu} does not say its GPU cores: with {ram_bytes} of memory it is the {variant}, the only one Apple sold "
        "with that much.",
    ),
    "assume_gpu_variant": QT_TRANSLATE_NOOP(
        "Assumptions",
        "{gpu} does not say its GPU cores: the {variant} is assumed, the slower one; Apple sold the {other} with "
        "this memory too. Its name with the cores, as macOS shows them, says which.",
    ),
    "assume_gpu_variant/full": QT_TRANSLATE_NOOP(
        "Assumptions",
        "{gpu} does not say its GPU cores: the {variant} is assumed, the chip's full GPU; Apple also sold the {other}, "
        "the one in the entry MacBook Air, slower at processing the prompt. Its name with the cores, as macOS shows "
        "them, says which.",
    ),
}
# what to write in a hardware file (`--hardware`) to replace the assumption with the real figure; field names
# are not words, so one sentence carries them
ASSUMPTION_FIELDS = {
    "assume_system_reserve": "ram.available_bytes",
    "assume_ram_bandwidth": "ram.bandwidth_gbps · ram.type + ram.speed_mts + ram.channels · cpu.brand",
    "assume_cpu_cores": "cpu.physical_cores",
    "assume_cpu_isa": "cpu.brand · cpu.flags",
    "assume_cpu_threads": "cpu.physical_cores · cpu.efficiency_cores · os.system",
    "assume_gpu_bandwidth": "gpus[].bandwidth_gbps",
    "assume_gpu_nearest": "gpus[].bandwidth_gbps",
    "assume_gpu_laptop": "battery · gpus[].board_power_watts",
    "assume_gpu_variant": "gpus[].name",
    "assume_vram_free": "gpus[].vram_free_bytes",
    "assume_shared_gpu_memory": "gpus[].vram_total_bytes",
}
IN_A_HARDWARE_FILE = QT_TRANSLATE_NOOP("Assumptions", "In a hardware file: {fields}")
# the app cannot read a hardware file: its list of assumptions says so, and names what its own what-if can change
ASSUMED_IN_THE_APP = QT_TRANSLATE_NOOP("Assumptions", "Assumed (not read from this computer)")
IN_A_HARDWARE_FILE_FROM_THE_APP = QT_TRANSLATE_NOOP(
    "Assumptions",
    "The command line takes the real figure from a hardware file (llm-advisor recommend --hardware FILE): {fields}",
)
WHAT_IF_FIXES: dict[str, Msg] = {  # an assumption the Hardware page's what-if replaces, and how
    "assume_gpu_variant": QT_TRANSLATE_NOOP(
        "Assumptions", "On the Hardware page, “What if…” can pick the chip with its GPU cores from the table."
    ),
}

# A processor family's name (`resources/cpu_families.json` "family", as the makers write it) in the reader's
# language: its descriptive words (generations, mobile, desktop) through the catalogue, the makers' names, model
# numbers and code names as written. A name outside this pattern is shown as written.
CPU_FAMILY_GENERATIONS: dict[str, Msg] = {
    "-": QT_TRANSLATE_NOOP("CpuFamily", "{brand} {first}th-{last}th gen"),
    "/": QT_TRANSLATE_NOOP("CpuFamily", "{brand} {first}th/{last}th gen"),
    "": QT_TRANSLATE_NOOP("CpuFamily", "{brand} {first}th gen"),
}
CPU_FAMILY_FORMS: dict[str, Msg] = {
    "mobile": QT_TRANSLATE_NOOP("CpuFamily", "{family} mobile"),
    "desktop": QT_TRANSLATE_NOOP("CpuFamily", "{family} desktop"),
}
_FAMILY = re.compile(r"(?P<base>.+?)(?: (?P<form>mobile|desktop))?(?P<rest> \([^()]*\))?")
_GENERATIONS = re.compile(r"(?P<brand>.+) (?P<first>\d+)th(?:(?P<sep>[-/])(?P<last>\d+)th)? gen")
# the Hardware page's what-if: what a graphics card picked from the table is given (machine.py's desktop allowance)
WHAT_IF_VRAM = QT_TRANSLATE_NOOP(
    "Assumptions",
    "A graphics card from the table is taken as unused by other programs: a model may use its memory less what the "
    "desktop takes ({share}%, at least {minimum_bytes}) and a {margin_bytes} margin.",
)
WHAT_IF_UNIFIED = QT_TRANSLATE_NOOP(
    "Assumptions",
    "{chip} has no memory of its own: its GPU uses the computer's RAM, up to {gpu} of the {total} set here (the "
    "share macOS gives the graphics, less {margin} kept free), and the processor takes what a model needs beyond "
    "that from the same RAM.",
)
WHAT_IF_SHARED = QT_TRANSLATE_NOOP(
    "Assumptions",
    "{chip} has no memory of its own: it shares the system RAM, up to {gpu} of the {total} set here.",
)
WHAT_IF_VRAM_CARD = QT_TRANSLATE_NOOP(
    "Assumptions",
    "{card} is taken as unused by other programs: of its {total_bytes}, the desktop is assumed to take "
    "{desktop_bytes} ({share}%, at least {minimum_bytes}) and {margin_bytes} is kept as a margin, so a model may "
    "use {usable_bytes}.",
)

BUDGET = {
    "with_programs": QT_TRANSLATE_NOOP(
        "Budget",
        "{total} in all − at least {reserve} for the system − {others} held by open programs = {usable} "
        "for the model (closing them frees up to {others} more).",
    ),
    # "at least" for the system, as the tight reason's "about 4.0 GiB to stay responsive" is what it needs with a
    # browser and an editor open (newcomer round: "1.2 GiB for the system" then "the system needs 4.0 GiB")
    "plain": QT_TRANSLATE_NOOP(
        "Budget", "{total} in all − at least {reserve} for the system = at most {usable} for the model."
    ),
    "dedicated": QT_TRANSLATE_NOOP("Budget", "Graphics card: {gpu} free for the model."),
    "unified": QT_TRANSLATE_NOOP("Budget", "Unified memory: the graphics may use up to {gpu} of it."),
    "shared": QT_TRANSLATE_NOOP("Budget", "Integrated graphics: shares the system RAM, up to {gpu}."),
}
# "a document waits" read as a calque in Spanish (newcomer round): the answer starts after the wait
PROMPT_WAIT = QT_TRANSLATE_NOOP("Budget", "With a {words}-word document, the answer starts after about {wait}.")
# at a long context (speed.FILL_MIN_CONTEXT on), the same for a prompt that fills all of it
FILL_WAIT = QT_TRANSLATE_NOOP(
    "Budget", "With a text that fills the whole context ({context} tokens, about {words} words), after about {wait}."
)
# and how fast its answer then comes (`Estimate.full_context_tokens_per_second`), where noticeably slower
FULL_CONTEXT_SPEED = QT_TRANSLATE_NOOP(
    "Budget",
    "Its answer then comes at about {speed} tokens/s, slower than in a short chat: every token reads the whole "
    "context.",
)
# up to half of speed.LONGER_CONTEXT_TOKENS: how to size for a longer text, on the command line and in the app
LONGER_CONTEXT = QT_TRANSLATE_NOOP(
    "Budget",
    "A longer text needs a longer context, and more memory: --context {context} holds about {words} words (set "
    "LM Studio's “Context Length” to match).",
)
# in a report, read by people of the app and of the command line alike (app review: the app's report said
# "--context 16384 holds…", a flag the app has none of): the context as both set it
LONGER_CONTEXT_REPORT = QT_TRANSLATE_NOOP(
    "Budget",
    "A longer text needs a longer context, and more memory: a context of {context} tokens holds about {words} words "
    "(“Context Length” in LM Studio, -c in llama.cpp, “Context length” or --context in this advisor).",
)
LONGER_CONTEXT_APP = QT_TRANSLATE_NOOP(
    "Budget",
    "A longer text needs a longer context, and more memory: “Context length” at {context} tokens holds about "
    "{words} words (set LM Studio's “Context Length” to match).",
)
DOCUMENT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Budget",
    "A {words}-word document (about {tokens} tokens) does not fit in a context of {context} tokens: choose a longer "
    "context to work with documents.",
)
SECONDS = QT_TRANSLATE_NOOP("Budget", "{seconds} s")
MINUTES = QT_TRANSLATE_NOOP("Budget", "{minutes} min")

NOTES: dict[str, Msg] = {  # `Estimate.notes`
    "embedding_in_host_ram": QT_TRANSLATE_NOOP(
        "Notes", "The token-embedding table stays in system RAM; it needs no graphics memory."
    ),
    "tied_output_copy": QT_TRANSLATE_NOOP(
        "Notes",
        "The output layer shares the token-embedding table: llama.cpp keeps the table in system RAM and a copy of it "
        "on the GPU for the output layer, so the weights take more memory than the file.",
    ),
    "weights_from_bits_per_weight": QT_TRANSLATE_NOOP(
        "Notes", "No file size given: the weights are the parameters times the quant's bits per weight."
    ),
    "ram_bandwidth_assumed": QT_TRANSLATE_NOOP(
        "Notes", "The memory speed was neither measured nor given: it is derived (see the assumptions)."
    ),
    "gpu_bandwidth_assumed": QT_TRANSLATE_NOOP(
        "Notes", "The graphics card's memory speed is unknown: 250 GB/s is assumed."
    ),
    "vram_free_unknown": QT_TRANSLATE_NOOP(
        "Notes", "Free graphics memory unknown: the total less an allowance for the desktop is used."
    ),
    "unified_memory": QT_TRANSLATE_NOOP(
        "Notes", "Apple unified memory: the graphics may use only about 2/3 to 3/4 of the RAM."
    ),
    "multi_gpu": QT_TRANSLATE_NOOP("Notes", "The layers are split across the graphics cards, with a margin on each."),
    "multi_socket": QT_TRANSLATE_NOOP(
        "Notes",
        "This computer has several processor sockets. On the processor, llama.cpp without --numa reads the model "
        "from one socket's memory, about half as fast as one socket alone (the speed shown); running it on one "
        "socket (numactl --cpunodebind=0 --membind=0) or with --numa distribute avoids that.",
    ),
    "context_above_training": QT_TRANSLATE_NOOP("Notes", "The context is longer than the model was trained for."),
    "sliding_window": QT_TRANSLATE_NOOP(
        "Notes", "Sliding-window layers keep only their window in the cache, not the whole context."
    ),
    "mla_latent_cache": QT_TRANSLATE_NOOP("Notes", "The KV cache holds a compressed latent (MLA)."),
    "recurrent_state": QT_TRANSLATE_NOOP(
        "Notes", "Recurrent layers keep a fixed state instead of a per-token KV cache."
    ),
    "moe_active_parameters": QT_TRANSLATE_NOOP(
        "Notes", "Mixture of experts: the speed comes from the active experts, the memory from all of them."
    ),
    "quantised_kv_cache": QT_TRANSLATE_NOOP("Notes", "Quantised KV cache: less memory, slightly lower quality."),
    "swa_full": QT_TRANSLATE_NOOP(
        "Notes",
        "--swa-full: the sliding-window layers keep the whole context, as the other layers do (more memory; "
        "llama-server then makes no context checkpoints of the window).",
    ),
    "kv_in_ram": QT_TRANSLATE_NOOP(
        "Notes",
        "-nkvo: the KV cache stays in system RAM and the attention runs on the processor: less graphics memory, "
        "slower generation (counted in the speed shown: each layer's attention crosses to the processor and back, "
        "and a long chat's cache is read from RAM) and a much slower prompt.",
    ),
    "low_quant": QT_TRANSLATE_NOOP("Notes", "Below Q4_K_M: noticeably lower quality."),
    "weights_exceed_ram": QT_TRANSLATE_NOOP("Notes", "It would read weights from disk: unusably slow."),
    "context_too_large": QT_TRANSLATE_NOOP(
        "Notes",
        "The context is what does not fit: with a shorter one the model fits. A shorter context, or a quantised KV "
        "cache (-ctk q8_0 -ctv q8_0: half the size), would shrink its cache.",
    ),
    "context_too_large_quantised_kv": QT_TRANSLATE_NOOP(
        "Notes",
        "The context is what does not fit: with a shorter one the model fits. A shorter context would shrink its "
        "cache.",
    ),
    "shared_gpu_memory": QT_TRANSLATE_NOOP(
        "Notes", "Integrated graphics share the system RAM: they read the model at the memory's speed."
    ),
    "shared_gpu_slower": QT_TRANSLATE_NOOP(
        "Notes",
        "The integrated graphics would generate more slowly than the processor: the model runs on the processor.",
    ),
    "mac_gpu_share_small": QT_TRANSLATE_NOOP(
        "Notes",
        "This Mac's GPU may use only part of its memory, too little for the whole model, and split it would generate "
        "more slowly than on the processor alone, which reads the same memory: it runs there.",
    ),
    "mac_split_no_room": QT_TRANSLATE_NOOP(
        "Notes",
        "This Mac's GPU may use only part of its memory, too little for the whole model, and split it would need "
        "more memory than there is (each side keeps its own working buffers): it runs on the processor.",
    ),
    "vision_projector": QT_TRANSLATE_NOOP(
        "Notes", "A vision projector (image input) is counted: on the graphics card with the model, else in RAM."
    ),
    "vision_projector_unified": QT_TRANSLATE_NOOP(
        "Notes", "A vision projector (image input) is counted: on the GPU with the model."
    ),
}


def _code(value: Any) -> str:
    return str(getattr(value, "value", value) or "")


def fit(say: Speaker, level: Any) -> str:
    msg = FIT.get(_code(level))
    return say.t(msg) if msg else "—"


def fit_in_sentence(say: Speaker, level: Any) -> str:
    msg = FIT_IN_SENTENCE.get(_code(level))
    return say.t(msg) if msg else "—"


def fit_explained(say: Speaker, level: Any) -> str:
    msg = FIT_EXPLAINED.get(_code(level))
    return say.t(msg) if msg else ""


def memory_name(say: Speaker, kind: Any) -> str:
    return say.t(MEMORY.get(_code(kind), MEMORY["ram"]))


def unknown_code(code: str) -> str:
    """A code added to the core after its words were written: still readable, never blank."""
    return code.replace("_", " ")


def reason(say: Speaker, code: str, values: Mapping[str, Any]) -> str:
    """A sizing `Reason(code, values)` in words."""
    if code.startswith("assume_"):
        return assumption(say, code, values)
    v = dict(values)
    if code == "tier_chosen" and _number(v.get("ram_bytes")) > 0:
        code = "tier_chosen_card"  # the card's part and what stays in RAM beside it, as `estimate` gives both
    if code == "moe_chosen" and v.get("dense_tokens_per_second") is None:
        code = "moe_chosen_dense_too_large"
    if code in LOAD_CODES:  # how to load it (a report asks by its code): both sentences
        worded = how_to_load(say, {"code": code, "values": values})
        return " ".join(worded) if worded else unknown_code(code)
    if code == "moe_placement" and not _layer_count(values.get("n_cpu_moe")):
        return unknown_code(code)  # a saved report's count that is no whole number of layers: "the first -5 layers"
    if code == "moe_placement" and _all_experts(values):
        code += "_all"
    if code == "nothing_runs" and (
        v.get("tokens_per_second") is None or _number(v.get("needs_bytes")) > _number(v.get("available_bytes"))
    ):
        code = "nothing_fits"
    if code == "bigger_tight_split" and _layer_count(v.get("n_cpu_moe")) and _number(v.get("n_cpu_moe")) > 0:
        code += "_experts_all" if _all_experts(v) else "_experts"  # every layer on the GPU, experts in RAM
    if v.get("unified") is True and f"{code}_unified" in REASONS:  # Apple silicon: "the GPU", not "the card"
        code += "_unified"
    if code in ("next_tier_needs_memory", "nothing_fits") and _number(v.get("gpu_bytes")) > 0:
        code += "_split"  # what ran out is the RAM beside what the graphics card holds: both named
    if code == "next_tier_context" and isinstance(v.get("models"), str) and v["models"]:
        code = "next_tier_context_models"
    if code == "smaller_choice_card" and v.get("full_gpu") is True:
        code += "_full_gpu"  # what it takes of the RAM is its buffers: said as what it is, not as its size
    if code == "mac_wired_limit" and not _wired_limit_typed(v):
        return unknown_code(code)  # a saved report's value no command could carry
    if code.startswith("same_class_faster") and _number(v.get("prompt_tokens_per_second")) > 0:
        code += "_prompt"  # the faster one reads a prompt much more slowly: both prompt speeds
    if code == "tight":  # a report saved before these two values were given: the same subtraction
        total = _number(v.get("total_bytes"))
        v.setdefault("left_bytes", max(0.0, total - _number(v.get("needs_bytes"))))
        v.setdefault("reserve_bytes", max(0.0, total - _number(v.get("comfortable_bytes"))))
        _tight_figures(say, v)
    msg = REASONS.get(code)
    if msg is None:
        return unknown_code(code)
    for key in ("parameters", "active_parameters"):
        if isinstance(v.get(key), int | float):
            v[key] = say.number(float(v[key]) / 1e9, 1)
    if "memory" in v:
        v["memory"] = memory_name(say, v["memory"])
    if "fit" in v:
        v["fit"] = fit_in_sentence(say, v["fit"])
    if v.get("device") in ("ram", "cpu"):
        v["device"] = memory_name(say, "ram")
    elif v.get("device") in ("gpu", "vram"):
        v["device"] = memory_name(say, "vram")
    if not v.get("model") and "tier" in v:
        v["model"] = say.t(QT_TRANSLATE_NOOP("Reasons", "its reference model"))
    return say.t(msg, **v)


def _all_experts(values: Mapping[str, Any]) -> bool:
    """Whether a placement keeps every layer's routed experts in RAM (llama.cpp's --cpu-moe)."""
    return _number(values.get("n_cpu_moe")) >= _number(values.get("total_layers")) > 0


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def cpu_family(say: Speaker, family: str) -> str:
    """A processor family's name in `say`'s language ("Intel Core 12th-13th gen mobile" → "Intel Core de 12.ª a
    13.ª generación para portátiles"); a name the pattern does not cover, as written."""
    whole = _FAMILY.fullmatch(family)
    if whole is None:
        return family
    base, form, rest = whole["base"], whole["form"], whole["rest"] or ""
    gens = _GENERATIONS.fullmatch(base)
    if gens is not None and (gens["sep"] is None) == (gens["last"] is None):
        base = say.t(
            CPU_FAMILY_GENERATIONS[gens["sep"] or ""], brand=gens["brand"], first=gens["first"], last=gens["last"]
        )
    if form:
        base = say.t(CPU_FAMILY_FORMS[form], family=base)
    return base + rest


def assumption(say: Speaker, code: str, values: Mapping[str, Any], *, fields: bool = False, app: bool = False) -> str:
    """A value the verdict had to assume, and how to give the real one (`fields`: where, in a hardware file; `app`:
    as the app says it, which reads no hardware file: the command line's way, and what its what-if changes)."""
    v = dict(values)
    basis = str(v.get("basis") or "")
    msg = ASSUMPTIONS.get(f"{code}/{basis}") or ASSUMPTIONS.get(code)
    if msg is None:
        return unknown_code(code)
    if basis and msg is ASSUMPTIONS.get(code):  # "as usual for {basis}": a processor family's name
        v["basis"] = cpu_family(say, basis)
    if "isa" in v:
        v["isa"] = str(v["isa"]).upper()
    if isinstance(v.get("channels"), int | float):
        channels = float(v["channels"])
        v["channels"] = say.number(channels, 0 if channels.is_integer() else 1)
    if isinstance(v.get("speed_mts"), int):
        v["speed_mts"] = str(v["speed_mts"])  # a model number (DDR5-5600), never "5.600"
    text = say.t(msg, **v)
    if app and code in WHAT_IF_FIXES:
        text += " " + say.t(WHAT_IF_FIXES[code])
    if app and code in ASSUMPTION_FIELDS:
        text += " " + say.t(IN_A_HARDWARE_FILE_FROM_THE_APP, fields=ASSUMPTION_FIELDS[code])
    elif fields and code in ASSUMPTION_FIELDS:
        text += " " + say.t(IN_A_HARDWARE_FILE, fields=ASSUMPTION_FIELDS[code])
    return text


def what_if_shared(say: Speaker, chip: str, budget: Any) -> str:
    """What a GPU without memory of its own (Apple silicon, integrated graphics) picked in a what-if is given: a
    share of the RAM set beside it, not a card's memory less the desktop's — the engine's budget in words."""
    values: dict[str, Any] = {"chip": chip, "gpu": say.gib(budget.gpu_bytes), "total": say.gib(budget.total_bytes)}
    if budget.gpu_kind == "unified":
        from advisor.core.sizing.machine import APPLE_GPU_MARGIN_BYTES

        values["margin"] = say.gib(APPLE_GPU_MARGIN_BYTES)
        return say.t(WHAT_IF_UNIFIED, **values)
    return say.t(WHAT_IF_SHARED, **values)


def what_if_vram(say: Speaker, card: str | None = None, vram_total_bytes: int | None = None) -> str:
    """What a discrete card from the table is given in a what-if (its free memory is not known): the desktop's
    allowance and the margin, with the figures of `card` when one is picked."""
    from advisor.core.sizing import machine

    values: dict[str, Any] = {
        "share": say.plain(machine.DESKTOP_VRAM_FRACTION * 100),
        "minimum_bytes": machine.DESKTOP_VRAM_MIN_BYTES,
        "margin_bytes": machine.GPU_MARGIN_BYTES,
    }
    if not card or not vram_total_bytes:
        return say.t(WHAT_IF_VRAM, **values)
    return say.t(
        WHAT_IF_VRAM_CARD,
        card=card,
        total_bytes=vram_total_bytes,
        desktop_bytes=machine.desktop_vram_allowance_bytes(vram_total_bytes),
        usable_bytes=machine.unknown_free_vram_budget_bytes(vram_total_bytes),
        **values,
    )


def budget_lines(say: Speaker, budget: Any) -> list[str]:
    """The one memory budget in words: total − reserve (− open programs) = what the model may use."""
    if budget is None:
        return []
    values = {
        "total": say.gib(budget.total_bytes),
        "reserve": say.gib(budget.system_reserve_bytes),
        "others": say.gib(budget.other_programs_bytes),
        "usable": say.gib(budget.usable_bytes),
        "gpu": say.gib(budget.gpu_bytes),
    }
    with_programs = budget.source == "detected" and budget.other_programs_bytes > 0
    lines = [say.t(BUDGET["with_programs" if with_programs else "plain"], **values)]
    if budget.gpu_kind == "unified" and budget.gpu_bytes > 0:  # the margin named: detect's figure is the share
        from advisor.core.sizing.machine import APPLE_GPU_MARGIN_BYTES

        values["share"] = say.gib(budget.gpu_bytes + APPLE_GPU_MARGIN_BYTES)
        values["margin"] = say.gib(APPLE_GPU_MARGIN_BYTES)
        lines.append(say.t(BUDGET["unified_margin"], **values))
    elif budget.gpu_kind in ("dedicated", "unified", "shared"):
        lines.append(say.t(BUDGET[budget.gpu_kind], **values))
    return lines


def document_too_long(say: Speaker, context: int | None) -> str | None:
    """The sentence in place of the document's wait when that document does not fit in `context` tokens."""
    from advisor.core.sizing.speed import DOCUMENT_WORDS, document_fits, document_tokens

    if document_fits(context):
        return None
    return say.t(DOCUMENT_TOO_LONG, words=DOCUMENT_WORDS, tokens=document_tokens(DOCUMENT_WORDS), context=context)


def longer_context(say: Speaker, context: int | None, *, app: bool = False, report: bool = False) -> str | None:
    """How to size for a text longer than `context` holds (the command's flag, the app's slider, or in a report
    both), with what that context holds; None where it would not at least double it (`speed.longer_context_tokens`)."""
    from advisor.core.sizing.speed import longer_context_tokens, words_in

    longer = longer_context_tokens(context)
    if longer is None:
        return None
    if report:
        return say.t(LONGER_CONTEXT_REPORT, context=longer, words=words_in(longer))
    if app:
        return say.t(LONGER_CONTEXT_APP, context=longer, words=words_in(longer))
    return say.t(LONGER_CONTEXT, context=str(longer), words=words_in(longer))  # a flag's number, as typed


def prompt_wait(say: Speaker, prompt_tokens_per_second: float | None, context: int | None = None) -> str | None:
    """How long a 2,000-word document waits for the answer to start, from the prompt-processing rate; at a context
    too short for that document, that it does not fit."""
    from advisor.core.sizing.speed import DOCUMENT_WORDS, document_wait

    wait = document_wait(prompt_tokens_per_second)
    if wait is None:
        return None
    too_long = document_too_long(say, context)
    if too_long is not None:
        return too_long
    seconds = wait[1]
    if seconds < 60:
        shown = say.t(SECONDS, seconds=say.number(seconds, 1))
    else:
        shown = say.t(MINUTES, minutes=say.number(seconds / 60, 1))
    return say.t(PROMPT_WAIT, words=DOCUMENT_WORDS, wait=shown)


def note(say: Speaker, code: str) -> str:
    msg = NOTES.get(code)
    return say.t(msg) if msg else unknown_code(code)


# a note an assumption of the same estimate says in full, with the field to correct it: the note is left out where
# both are shown (newcomer round: "free graphics memory unknown" twice, once under Notes and once under Assumed)
_SAID_BY_ASSUMPTION = {
    "vram_free_unknown": "assume_vram_free",
    "ram_bandwidth_assumed": "assume_ram_bandwidth",
    "gpu_bandwidth_assumed": "assume_gpu_bandwidth",
}


def notes(say: Speaker, codes: Iterable[str], assumptions: Iterable[Any] = ()) -> list[str]:
    """An estimate's notes in words, less those its `assumptions` (Reasons, shown beside them) say already."""
    assumed = {getattr(a, "code", None) for a in assumptions}
    return [note(say, code) for code in codes if _SAID_BY_ASSUMPTION.get(code) not in assumed]


REMARKS: dict[str, Msg] = {  # `Estimate.remarks`: notes that carry figures
    "context_checkpoints": QT_TRANSLATE_NOOP(
        "Notes",
        "A long chat in llama-server can add up to {total_bytes} of system RAM, not counted above: it keeps up to "
        "{checkpoints} copies ({each_bytes} each) of the state it cannot roll back (the sliding window's cache or "
        "the recurrent state). --ctx-checkpoints N keeps fewer.",
    ),
    "draft_model_gpu": QT_TRANSLATE_NOOP(
        "Notes",
        "The draft model {name} adds {draft_bytes} on the graphics card (its weights, its own KV cache at the same "
        "context and its compute buffer) and {ram_bytes} of system RAM. The speed shown is without speculative "
        "decoding.",
    ),
    "draft_model_unified": QT_TRANSLATE_NOOP(
        "Notes",
        "The draft model {name} adds {draft_bytes}, on the GPU with the model: its weights, its own KV cache at the "
        "same context and its compute buffer. The speed shown is without speculative decoding.",
    ),
    "draft_model_cpu": QT_TRANSLATE_NOOP(
        "Notes",
        "The draft model {name} adds {draft_bytes} of system RAM: its weights, its own KV cache at the same "
        "context and its compute buffer. The speed shown is without speculative decoding.",
    ),
    "experts_in_ram": QT_TRANSLATE_NOOP(
        "Notes",
        "--n-cpu-moe {n_cpu_moe}: the routed experts of the first {n_cpu_moe} layers ({expert_bytes}) stay in "
        "system RAM and are read there at the processor's speed; everything else runs on the GPU.",
    ),
    "experts_in_ram_too_few": QT_TRANSLATE_NOOP(
        "Notes",
        "With --n-cpu-moe {n_cpu_moe} the GPU's memory is still too small: it takes at least --n-cpu-moe "
        "{needed}. Shown instead: the usual split by layers.",
    ),
    "experts_in_ram_too_many": QT_TRANSLATE_NOOP(
        "Notes",
        "With --n-cpu-moe {n_cpu_moe} the experts kept in system RAM do not fit there: use --n-cpu-moe {needed} "
        "to {most}. Shown instead: the usual split by layers.",
    ),
    "experts_in_ram_no_fit": QT_TRANSLATE_NOOP(
        "Notes",
        "Even with every routed expert in system RAM the rest does not fit the graphics card, so --n-cpu-moe "
        "{n_cpu_moe} does not help. Shown instead: the usual split by layers.",
    ),
    "experts_in_ram_better": QT_TRANSLATE_NOOP(
        "Notes",
        "The layout llama-server's --fit picks by itself: keep the routed experts of the first {n_cpu_moe} layers in "
        "system RAM (--n-cpu-moe {n_cpu_moe}) and everything else on the graphics card, about {tokens_per_second} "
        "tokens/s against {layer_tokens_per_second} with this split by layers.",
    ),
    "experts_in_ram_chosen": QT_TRANSLATE_NOOP(
        "Notes",
        "Laid out as llama-server's --fit does by itself: the routed experts of the first {n_cpu_moe} layers "
        "({expert_bytes}) stay in system RAM and are read there at the processor's speed, everything else runs on the "
        "graphics card. Split by layers instead (-ngl {gpu_layers}) it would run at about {layer_tokens_per_second} "
        "tokens/s.",
    ),
    "published_file": QT_TRANSLATE_NOOP(
        "Notes",
        "No file size was given: {model}'s published {quant} file ({file_bytes}) and {model}'s architecture are "
        "sized, not parameters × the quantisation's bits, since every quantisation of it keeps its experts at MXFP4.",
    ),
    "quant_as_recommended": QT_TRANSLATE_NOOP(
        "Notes",
        "No --quant given: {quant}, the quantisation `recommend` gives {model} on this machine at this context. "
        "--quant sizes another (Q4_K_M, for one).",
    ),
    "variant_file": QT_TRANSLATE_NOOP(
        "Notes",
        "{quant} is sized as the file the Models list shows for it: {repo}'s {file} ({file_bytes}), from the bundled "
        "list.",
    ),
    "bundled_model_file": QT_TRANSLATE_NOOP(
        "Notes",
        "{model} is sized as the file the Models list shows for it: {repo}'s {file} ({file_bytes}), from the bundled "
        "list. The list has it at {quants}: --quant sizes another.",
    ),
    "bundled_model_no_file": QT_TRANSLATE_NOOP(
        "Notes",
        "The bundled list has no {quant} file of {model} ({repo} has {quants}): it is sized as its parameters × the "
        "quantisation's bits, with its architecture. For the exact figure, give its size (--file-size) or the file "
        "(--hf OWNER/REPO --file NAME).",
    ),
    "variant_as_base": QT_TRANSLATE_NOOP(
        "Notes",
        "{quant} is sized as {base}, the quantisation it is a variant of: its file is usually within a few percent of "
        "that size. For the exact figure, give its size (--file-size) or the file (--hf OWNER/REPO --file NAME).",
    ),
    "shape_from_reference": QT_TRANSLATE_NOOP(
        "Notes",
        "The architecture's numbers not given (layers, heads, vocabulary) are those of {model} ({layers} layers), "
        "the well-known model nearest in size.",
    ),
    "mixture_lookalike": QT_TRANSLATE_NOOP(
        "Notes",
        "This is the size of {model}, a mixture of experts ({active_experts} of its {experts} experts read per "
        "token), but it is sized here as a dense model. As that model (--model {model} --quant {quant}, sized as "
        "`recommend` sizes it) it runs at about {tokens_per_second} tokens/s here.",
    ),
    "kv_q8_0_full_gpu": QT_TRANSLATE_NOOP(
        "Notes",
        "With a q8_0 KV cache ({kv_bytes} instead of {f16_kv_bytes}) the whole model runs on the GPU, at about "
        "{tokens_per_second} tokens/s: in LM Studio set “K Cache Quantization Type” and “V Cache Quantization "
        "Type” to Q8_0; in llama.cpp, -ctk q8_0 -ctv q8_0 -fa on.",
    ),
    "kv_q8_0_more_gpu": QT_TRANSLATE_NOOP(
        "Notes",
        "With a q8_0 KV cache ({kv_bytes} instead of {f16_kv_bytes}) {gpu_layers} of its {total_layers} layers run "
        "on the GPU, at about {tokens_per_second} tokens/s: in LM Studio set “K Cache Quantization Type” and “V "
        "Cache Quantization Type” to Q8_0 and “GPU Offload” to {gpu_layers}; in llama.cpp, -ngl {gpu_layers} -ctk "
        "q8_0 -ctv q8_0 -fa on.",
    ),
    "kv_q8_0_experts_in_ram": QT_TRANSLATE_NOOP(
        "Notes",
        "With a q8_0 KV cache ({kv_bytes} instead of {f16_kv_bytes}) it runs with every layer on the GPU and the "
        "routed experts of {n_cpu_moe} of its {total_layers} layers in system RAM, at about {tokens_per_second} "
        "tokens/s: in LM Studio set “K Cache Quantization Type” and “V Cache Quantization Type” to Q8_0, “GPU "
        "Offload” to the maximum and “Number of layers for which to force MoE weights onto CPU” to {n_cpu_moe}; in "
        "llama.cpp, -ngl 99 --n-cpu-moe {n_cpu_moe} -ctk q8_0 -ctv q8_0 -fa on.",
    ),
    "mac_cpu_decodes_faster": QT_TRANSLATE_NOOP(
        "Notes",
        "On the processor alone (“GPU Offload” 0, -ngl 0) it is estimated to generate faster, about "
        "{cpu_tokens_per_second} tokens/s, but to read a prompt at only {cpu_prompt_tokens_per_second} tokens/s "
        "against {prompt_tokens_per_second} on the GPU. It is shown on the GPU, as LM Studio and llama.cpp load it on "
        "a Mac: the processor's lead is within the estimate's error there.",
    ),
    "slots_shared": QT_TRANSLATE_NOOP(
        "Notes",
        "llama-server's {slots} slots (parallel requests) share one KV cache of the whole context; a model's "
        "sliding-window layers keep a window for each slot and its recurrent layers a state for each (counted "
        "above).",
    ),
    "slots_split": QT_TRANSLATE_NOOP(
        "Notes",
        "Each of llama-server's {slots} slots has its own KV cache of {slot_context} tokens (the context divided "
        "between them, -np without -kvu): one chat can use at most that.",
    ),
}


# the remarks worded by some of their values rather than showing them: the keys that choose, and the other wordings
# (`_all`: every layer's routed experts, llama.cpp's --cpu-moe; `_unified`: Apple silicon, "the GPU")
REMARK_WORDING_KEYS: dict[str, tuple[str, ...]] = {
    "experts_in_ram_chosen": ("total_layers", "unified"),
    # a q8_0 cache's layout that is tight: a sentence after it (KV_HINT_TIGHT)
    "kv_q8_0_full_gpu": ("tight",),
    "kv_q8_0_more_gpu": ("tight",),
    "kv_q8_0_experts_in_ram": ("tight",),
    "shape_from_reference": ("typed",),
}
REMARK_VARIANTS: dict[str, Msg] = {
    # a size typed alone (`estimate --params`): the command that gives that model as `recommend` sizes it (newcomer
    # round: "--params 3B" said 12.8 tokens/s where `recommend` said 12.0 for Llama-3.2-3B, and nothing said why)
    "shape_from_reference_typed": QT_TRANSLATE_NOOP(
        "Notes",
        "The architecture's numbers not given (layers, heads, vocabulary) are those of {model} ({layers} layers), "
        "the well-known model nearest in size; --model {model} gives that model as `recommend` sizes it, its "
        "published file included.",
    ),
    "experts_in_ram_chosen_all": QT_TRANSLATE_NOOP(
        "Notes",
        "Laid out as llama-server's --fit does by itself: all its routed experts ({expert_bytes}) stay in system RAM "
        "and are read there at the processor's speed, everything else runs on the graphics card. Split by layers "
        "instead (-ngl {gpu_layers}) it would run at about {layer_tokens_per_second} tokens/s.",
    ),
    "experts_in_ram_chosen_unified": QT_TRANSLATE_NOOP(
        "Notes",
        "Laid out as llama-server's --fit does by itself: the routed experts of the first {n_cpu_moe} layers "
        "({expert_bytes}) are read by the processor, everything else by the GPU. Split by layers instead (-ngl "
        "{gpu_layers}) it would run at about {layer_tokens_per_second} tokens/s.",
    ),
    "experts_in_ram_chosen_all_unified": QT_TRANSLATE_NOOP(
        "Notes",
        "Laid out as llama-server's --fit does by itself: all its routed experts ({expert_bytes}) are read by the "
        "processor, everything else by the GPU. Split by layers instead (-ngl {gpu_layers}) it would run at about "
        "{layer_tokens_per_second} tokens/s.",
    ),
}


def remark(say: Speaker, code: str, values: Mapping[str, Any]) -> str:
    """An estimate remark (a note with figures) in words."""
    v = dict(values)
    msg = REMARKS.get(code)
    if code == "experts_in_ram_chosen":
        msg = REMARK_VARIANTS.get(code + "_all" * _all_experts(v) + "_unified" * (v.get("unified") is True), msg)
    if code == "shape_from_reference" and v.get("typed") is True:
        msg = REMARK_VARIANTS["shape_from_reference_typed"]
    if code == "tight_memory":
        _tight_figures(say, v)
    if code in ("kv_q8_0_more_gpu", "kv_q8_0_experts_in_ram") and not all(
        _layer_count(v.get(k)) for k in ("gpu_layers", "n_cpu_moe", "total_layers") if k in v
    ):  # a saved report's layer count no flag could carry
        return unknown_code(code)
    tight = v.pop("tight", None) is True
    if code == "mac_wired_limit" and not _wired_limit_typed(v):
        return unknown_code(code)
    if not msg:
        return unknown_code(code)
    return say.t(msg, **v) + (" " + say.t(KV_HINT_TIGHT) if tight else "")


# a q8_0 cache's layout that fits but leaves the system less than it needs beside it (`Estimate.tight`)
KV_HINT_TIGHT = QT_TRANSLATE_NOOP("Notes", "It would be tight: close what you can before loading it.")

MAX_WIRED_LIMIT_MB = 16 * 2**20  # 16 TiB: above any Mac's memory


def _wired_limit_typed(v: dict[str, Any]) -> bool:
    """Puts the `sudo sysctl iogpu.wired_limit_mb=N` value as a command takes it (never grouped: "12,800" would be
    refused); False where it is no whole number of MiB a Mac could have (a hand-edited report)."""
    value = _whole_number(v.get("wired_limit_mb"), 1, MAX_WIRED_LIMIT_MB)
    if value is None:
        return False
    v["wired_limit_mb"] = str(value)
    return True


def _tight_figures(say: Speaker, v: dict[str, Any]) -> None:
    """What a tight model leaves and what the system needs, with a second decimal where one decimal would show the
    same figure twice ("leave 6.4 GiB … need about 6.4 GiB", 13 MB apart: review round 6); where two decimals do
    too ("9.60 … about 9.60", a few MiB apart), what it leaves rounded down and what is needed rounded up."""
    left, reserve = v.get("left_bytes"), v.get("reserve_bytes")
    if isinstance(left, int | float) and isinstance(reserve, int | float) and say.gib(left) == say.gib(reserve):
        v["left_bytes"], v["reserve_bytes"] = say.gib(left, 2), say.gib(reserve, 2)
        if v["left_bytes"] == v["reserve_bytes"]:  # by the step of the unit shown: a hundredth of a GiB, or a MiB
            step = GIB / 100 if min(left, reserve) >= GIB else MIB
            v["left_bytes"] = say.gib(math.floor(left / step) * step, 2)
            v["reserve_bytes"] = say.gib(math.ceil(reserve / step) * step, 2)


def local_model_error(say: Speaker, code: str) -> str:
    msg = LOCAL_MODEL_ERRORS.get(code)
    return say.t(msg) if msg else unknown_code(code)


# An estimate that fits but leaves the system too little memory (`Estimate.remarks` "tight_memory"): the figures and
# the sentence of the recommendation's "tight" reason
REMARKS["tight_memory"] = REASONS["tight"]
REMARKS["mac_wired_limit"] = REASONS["mac_wired_limit"]


# What the sizing engine refuses (sizing.errors.SizingError: `msg` and `values`), in the words a front end shows
SIZING_CONTEXT = QT_TRANSLATE_NOOP("SizingErrors", "the context must be from 1 to {maximum} tokens (got {context})")
SIZING_NO_PARAMETERS = QT_TRANSLATE_NOOP("SizingErrors", "a model needs a parameter count greater than zero")
SIZING_N_CPU_MOE = QT_TRANSLATE_NOOP(
    "SizingErrors", "the layers whose experts stay in system RAM must be 0 or more (got {n_cpu_moe})"
)
SIZING_UNKNOWN_QUANT = QT_TRANSLATE_NOOP("SizingErrors", "unknown quant {quant}")
SIZING_UNKNOWN_KV_TYPE = QT_TRANSLATE_NOOP("SizingErrors", "unknown KV cache type {kv_type} (one of {choices})")


# A fit level with its "tight" flag, the one way every table, line and combo writes it ("CPU only, tight"): the
# report's summary and tables, the Models page's file list, the CLI's lines
FIT_TIGHT = QT_TRANSLATE_NOOP("Fit", "{fit}, tight")


def with_tight(say: Speaker, fit_words: str, tight: Any) -> str:
    """A fit already in words (`fit(say, level)`, or a table's short form) with the tight flag when it is set."""
    return say.t(FIT_TIGHT, fit=fit_words) if tight else fit_words


# Which memory a size class's "needs / has" counts (`TierResult.memory`), after the figure it has: the same short
# names in both languages, in the CLI's table, the app's and the report's
MEMORY_SHORT = {"vram": "VRAM", "vram_ram": "VRAM+RAM", "ram": "RAM"}


def memory_short(memory: Any) -> str:
    """The short name of a size class's memory ("VRAM+RAM"); "" for none (a report saved without it)."""
    return MEMORY_SHORT.get(str(memory), "")


def fit_tight(say: Speaker, level: Any, tight: Any) -> str:
    """A fit level in words with its tight flag: "CPU only, tight" ("—" for no level, never "—, tight")."""
    words = fit(say, level)
    return with_tight(say, words, tight) if _code(level) else words


def prompt_line(
    say: Speaker,
    prompt_tokens_per_second: float | None,
    span: Any = None,
    context: int | None = None,
    fill: Any = None,
    full: Any = None,
    point: Any = None,
    *,
    longer: bool = True,
    report: bool = False,
) -> str:
    """The recommended model's prompt processing and how long a 2,000-word document waits before the answer starts:
    "~1,234 tokens/s (740–1,900). A 2,000-word document waits about 1.1–2.7 s before the answer starts." ("" when
    the prompt speed is not known; the wait is its own sentence, with its capital, in every language), and at a
    short context how to size for a longer text, as the CLI's line says it (the report's had no such hint: code
    review)."""
    from advisor.core.messages import ranges

    pair = tuple(span) if isinstance(span, list | tuple) and len(span) == 2 else None
    wait = ranges.wait(say, pair, context) if pair else prompt_wait(say, prompt_tokens_per_second, context)
    if wait is None or prompt_tokens_per_second is None:
        return ""
    filled = ranges.fill_wait(say, fill, context, full, point)  # and, the context full, how fast its answer comes
    wait += f" {filled}" if filled else ""
    # a saved report's -5 says nothing; `longer` False: llama-server's slots would share a longer context out again
    hint = longer_context(say, context, report=report) if longer and isinstance(context, int) and context > 0 else None
    return f"{ranges.speed(say, prompt_tokens_per_second, pair)}. {wait}" + (f" {hint}" if hint else "")


# An Apple chip named without its flags (a hand-written file's "Apple M2"): its instructions from the name
ASSUMPTIONS["assume_cpu_isa/apple"] = QT_TRANSLATE_NOOP(
    "Assumptions", "Processor instructions: Arm NEON with dot product, as in every Apple M-series chip."
)


# Apple silicon: the graphics' share of unified memory (what `detect` shows as usable) less the margin kept free
BUDGET["unified_margin"] = QT_TRANSLATE_NOOP(
    "Budget",
    "Unified memory: the graphics may use up to {gpu} of it ({share} for the graphics, less {margin} kept free).",
)


# A class too large with part of it on the graphics card (`gpu_bytes`): the system RAM the rest needs ran out, the
# same words as the Models list's "too large: with … on the graphics card, the rest needs …" (sizing.shortfall)
REASONS["next_tier_needs_memory_split"] = QT_TRANSLATE_NOOP(
    "Reasons",
    "The next size up ({tier} at {quant}) does not fit: with the graphics card full ({gpu_bytes}: whole layers "
    "and their buffers), the rest needs {needs_bytes} of {memory}, but only {available_bytes} is free.",
)
REASONS["nothing_fits_split"] = QT_TRANSLATE_NOOP(
    "Reasons",
    "Not even a {tier}-class model fits: at {quant}, with the graphics card full ({gpu_bytes}: whole layers and their "
    "buffers), the rest needs {needs_bytes} of {memory}, and {available_bytes} is free.",
)


# A file sized in the placement to load it with (`QuantFile.n_cpu_moe`, `Estimate.n_cpu_moe`: a mixture of experts
# with the routed experts of its first N layers in system RAM), said briefly beside its fit and speed in a list
PLACED_SHORT = QT_TRANSLATE_NOOP("Fit", "experts of {n_cpu_moe} layers in RAM")
PLACED_SHORT_ALL = QT_TRANSLATE_NOOP("Fit", "all experts in RAM")


LOAD_SHORT_CPU_ONLY = QT_TRANSLATE_NOOP("Fit", "integrated graphics off: slower here")
LOAD_SHORT_GPU_SHARE_SMALL = QT_TRANSLATE_NOOP("Fit", "GPU off: too big for the GPU's share")


def placed_short(say: Speaker, n_cpu_moe: Any, total_layers: Any) -> str:
    """ "experts of 35 layers in RAM" for a file whose speed assumes that placement ("" for every layer whole)."""
    if not _layer_count(n_cpu_moe):  # none, or no whole number of layers (a hostile saved report)
        return ""
    n = int(n_cpu_moe)
    if n <= 0:
        return ""
    if _all_experts({"n_cpu_moe": n, "total_layers": total_layers}):
        return say.t(PLACED_SHORT_ALL)
    return say.t(PLACED_SHORT, n_cpu_moe=str(n))


def _load(load: Any) -> tuple[str, Mapping[str, Any]] | None:
    """(code, values) of a `load_placement` answer: a `Reason`, its JSON form, or None."""
    if isinstance(load, Mapping):
        code, values = load.get("code"), load.get("values")
    else:
        code, values = getattr(load, "code", None), getattr(load, "values", None)
    if not isinstance(code, str) or code not in LOAD_CODES:
        return None
    values = values if isinstance(values, Mapping) else {}
    # a saved report is hostile input: a layer count that is no whole number in llama.cpp's range (NaN, Infinity,
    # -5, 1e25) gives no flags at all rather than a crash or "--n-cpu-moe -5"
    if any(k in values and not _layer_count(values[k]) for k in ("n_cpu_moe", "gpu_layers", "total_layers")):
        return None
    return code, values


MAX_LAYER_FLAG = 100_000  # above llama.cpp's own limit (LLAMA_MAX_LAYERS 512) and the CLI's --n-cpu-moe 10,000


def _whole_number(value: Any, lowest: int, highest: int) -> int | None:
    """`value` as a whole number from `lowest` to `highest`, as a flag or command carries it; None for anything else
    a hostile saved report may hold (NaN, Infinity, 1e25, 4096.5, "12", True)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    if not float(value).is_integer() or not lowest <= value <= highest:
        return None
    return int(value)


def _layer_count(value: Any) -> bool:
    """Whether `value` is a whole number of layers a flag can carry (0 to MAX_LAYER_FLAG)."""
    return _whole_number(value, 0, MAX_LAYER_FLAG) is not None


def _flag_number(value: Any) -> str:
    """A flag's number as typed: never grouped ("1,000") nor localised."""
    return str(int(_number(value)))


def load_flags(load: Any, context: Any = None) -> str:
    """llama.cpp's flags for the placement `load` says ("" when it loads as usual): "-ngl 99 --n-cpu-moe 27",
    "-ngl 99 --cpu-moe", "-ngl 31", "-ngl 0". Every layer on the GPU is -ngl 99, the usual figure (layers + 1 for a
    deeper model: llama.cpp counts the output layer as one). With the `context` it was sized for, -c N after them
    where that is not LM Studio's default (`how_to_load`)."""
    found = _load(load)
    if found is None:
        return ""
    flags = _placement_flags(found)
    typed = _other_context(context)
    return f"{flags} -c {typed}" if typed else flags


def _other_context(context: Any) -> str | None:
    """A context other than LM Studio's default, as a flag takes it ("32768"); None for that default or a value no
    flag could carry."""
    from advisor.core.types import LM_STUDIO_DEFAULT_CONTEXT

    tokens = _context_tokens(context)
    return str(tokens) if tokens is not None and tokens != LM_STUDIO_DEFAULT_CONTEXT else None


def _placement_flags(found: tuple[str, Mapping[str, Any]]) -> str:
    code, v = found
    if code == "load_experts_in_ram":
        every = str(max(99, int(_number(v.get("total_layers"))) + 1))
        if _all_experts(v):
            return f"-ngl {every} --cpu-moe"
        return f"-ngl {every} --n-cpu-moe {_flag_number(v.get('n_cpu_moe'))}"
    if code == "load_layers":
        return f"-ngl {_flag_number(v.get('gpu_layers'))}"
    return "-ngl 0"


def placement_short(say: Speaker, file: Any) -> str:
    """The placement a listed file's fit and speed assume, briefly, the one wording for every list (the CLI's, the
    app's table and file list, the report's): its `load` ("experts of 35 layers in RAM", "31 of 40 layers on the
    GPU", "integrated graphics off: slower here"), else its `n_cpu_moe` (a report saved before `load` was kept); ""
    when it loads as usual. `file`: a QuantFile, an Estimate, or their JSON form."""

    def get(name: str) -> Any:
        return file.get(name) if isinstance(file, Mapping) else getattr(file, name, None)

    return load_short(say, get("load")) or placed_short(say, get("n_cpu_moe"), get("total_layers"))


def load_short(say: Speaker, load: Any) -> str:
    """The placement `load` says, briefly, beside a fit in a list ("experts of 35 layers in RAM", "31 of 40 layers
    on the GPU"); "" when it loads as usual."""
    found = _load(load)
    if found is None:
        return ""
    code, v = found
    if code == "load_experts_in_ram":
        return placed_short(say, v.get("n_cpu_moe"), v.get("total_layers"))
    if code == "load_layers":
        return say.t(LAYERS_ON_GPU, gpu_layers=_flag_number(v.get("gpu_layers")), total_layers=v.get("total_layers"))
    return say.t(LOAD_SHORT_GPU_SHARE_SMALL if v.get("gpu_share_small") is True else LOAD_SHORT_CPU_ONLY)


MAX_CONTEXT_FLAG = 2**24  # above any context llama.cpp sizes (estimate.MAX_CONTEXT)


def _context_tokens(value: Any) -> int | None:
    """A context a flag can carry: a whole number of tokens, 1 to MAX_CONTEXT_FLAG (a hostile saved report's NaN,
    -5 or 1e25: None)."""
    return _whole_number(value, 1, MAX_CONTEXT_FLAG)


def how_to_load(
    say: Speaker, load: Any, context: Any = None, *, runs: bool = True, kv_types: tuple[str, str] | None = None
) -> tuple[str, str] | None:
    """How to load a model in the placement its speed assumes (`load`: `Recommendation.load`, `QuantFile.load`, or
    their JSON form): LM Studio's load settings, then llama.cpp's flags, two sentences; None when it loads as usual
    (every layer on the GPU, or no GPU). With `context`, the context it was sized for where it is not LM Studio's
    default (4,096): LM Studio's "Context Length" and llama.cpp's -c beside a placement's settings, or alone for a
    model that loads as usual (newcomer round: 32K was sized and "-ngl 99 --n-cpu-moe 30" given without -c, and
    llama-server's own -c 0 is the model's trained context, whose cache that placement may not hold). At 4,096
    llama-server's --fit, on by default, shortens a trained context that does not fit. `kv_types` (K, V): the cache
    types sized, said where either is not f16 (LM Studio's cache settings, -ctk/-ctv). `runs` False (a model too
    large, or no model recommended): nothing to load, so no context either (code review: "How to load it … -c 8192"
    under "too large for this machine")."""
    typed = _other_context(context) if runs else None
    kv = _kv_settings(say, kv_types) if runs else None
    found = _load(load)
    if found is None:
        if typed is None and kv is None:
            return None
        sentences = [say.t(LOAD_CONTEXT_IN_LM_STUDIO, context=typed)] if typed is not None else []
        if kv is not None:
            sentences.append(say.t(LOAD_KV_TOO if sentences else LOAD_KV_IN_LM_STUDIO, settings=kv[0]))
            sentences += [say.t(LOAD_KV_FLASH)] if kv[2] else []
        flags = " ".join(f for f in (f"-c {typed}" if typed else "", kv[1] if kv else "") if f)
        return " ".join(sentences), say.t(LOAD_IN_LLAMA_CPP, flags=flags)
    code, v = found
    lm_code = code + "_all" if code == "load_experts_in_ram" and _all_experts(v) else code
    values = {k: _flag_number(v.get(k)) for k in ("n_cpu_moe", "gpu_layers", "total_layers") if k in v}
    lm_studio = say.t(LOAD_IN_LM_STUDIO[lm_code], **values)
    if typed is not None:
        lm_studio += " " + say.t(LOAD_CONTEXT_TOO, context=typed)
    if kv is not None:
        lm_studio += " " + say.t(LOAD_KV_TOO, settings=kv[0]) + (" " + say.t(LOAD_KV_FLASH) if kv[2] else "")
    llama = LOAD_IN_LLAMA_CPP_ALL if lm_code == "load_experts_in_ram_all" else LOAD_IN_LLAMA_CPP
    flags = load_flags(load, context) + (f" {kv[1]}" if kv else "")
    return lm_studio, say.t(llama, flags=flags)


UNQUANTIZED_KV = "f16"  # llama-server's default cache type, which no setting needs to say


def _kv_settings(say: Speaker, kv_types: tuple[str, str] | None) -> tuple[str, str, bool] | None:
    """LM Studio's cache settings ("“K Cache Quantization Type” and “V Cache Quantization Type” to Q8_0"),
    llama.cpp's flags ("-ctk q8_0 -ctv q8_0") and whether V is quantized (flash attention on) for cache types (K, V)
    other than f16; None where both are f16."""
    if kv_types is None:
        return None
    k, v = (str(t).strip().lower() for t in kv_types)
    if k == v == UNQUANTIZED_KV:
        return None
    if k == v:
        settings = say.t(LOAD_KV_BOTH, type=k.upper())
    else:
        parts = [say.t(msg, type=t.upper()) for msg, t in ((LOAD_KV_K, k), (LOAD_KV_V, v)) if t != UNQUANTIZED_KV]
        settings = parts[0] if len(parts) == 1 else say.t(LOAD_KV_AND, first=parts[0], second=parts[1])
    from advisor.core.sizing.estimate import UNQUANTIZED_KV_TYPES

    # llama.cpp quantizes V only with flash attention (its -fa auto may leave it off: said, and given as a flag);
    # bf16 and f32 are no quantization (code review: "turn Flash Attention on" was said of a bf16 cache)
    quantized_v = v not in UNQUANTIZED_KV_TYPES
    flags = " ".join(f"{flag} {t}" for flag, t in (("-ctk", k), ("-ctv", v)) if t != UNQUANTIZED_KV)
    return settings, flags + (" -fa on" if quantized_v else ""), quantized_v


# KV-cache settings llama-server refuses to start with (src/llama-context.cpp, llama_init_from_model): sizing.errors
SIZING_KV_TYPES_DIFFER = QT_TRANSLATE_NOOP(
    "SizingErrors",
    "llama-server does not start this model with different K ({type_k}) and V ({type_v}) cache types: its "
    "attention caches one latent for both (MLA), so give both the same type",
)
SIZING_V_NEEDS_FLASH_ATTENTION = QT_TRANSLATE_NOOP(
    "SizingErrors",
    "llama-server does not start with a quantized V cache ({type_v}) and flash attention off: turn flash attention "
    "on (or auto), or keep the V cache at f16",
)
# llama-server's -c 0 (the model's trained context) for a model whose trained context is not known
SIZING_CONTEXT_TRAIN_UNKNOWN = QT_TRANSLATE_NOOP(
    "SizingErrors",
    "a context of 0 means the model's trained context, which is not known for this model: give the context in tokens",
)


# A what-if processor known only by the integrated GPU picked for it (profile_io.integrated_gpu_cpu): the family that
# GPU is built into ({basis}, a family's name as "as usual for {basis}" gives it), whose memory and cores are assumed
ASSUMPTIONS["assume_cpu_family"] = QT_TRANSLATE_NOOP(
    "Assumptions",
    "{gpu} is part of its processor: one of the {basis} family is assumed, with the memory and cores usual for it.",
)
ASSUMPTION_FIELDS["assume_cpu_family"] = "cpu.brand"


# A GPU whose compute the table does not know (sizing.machine: a driver's plain "AMD Radeon(TM) Graphics", a card
# newer than the table): the FP32 rate the prompt speed assumes (speed.ASSUMED_SHARED_GPU_TFLOPS, ASSUMED_GPU_TFLOPS)
ASSUMPTIONS["assume_gpu_tflops"] = QT_TRANSLATE_NOOP(
    "Assumptions",
    "{gpu} is not in our table: the prompt speed assumes {tflops} TFLOPS of compute, as on a mid-range graphics card.",
)
ASSUMPTIONS["assume_gpu_tflops/integrated"] = QT_TRANSLATE_NOOP(
    "Assumptions",
    "{gpu} is not in our table: the prompt speed assumes {tflops} TFLOPS of compute, as on a small integrated GPU "
    "(Radeon Vega 8, Iris Xe).",
)
ASSUMPTIONS["assume_gpu_tflops/intel_hd"] = QT_TRANSLATE_NOOP(
    "Assumptions",
    "{gpu} is not in our table: the prompt speed assumes {tflops} TFLOPS of compute, as on the 24-unit Intel HD and "
    "UHD Graphics of most older laptops.",
)
ASSUMPTION_FIELDS["assume_gpu_tflops"] = "gpus[].fp32_tflops"

# An integrated GPU or APU as `detect` and the Hardware page show it (sizing.machine.integrated_gpu_memory): what a
# model may use on it, the "up to" of the recommendation's budget line (BUDGET["shared"]), not the BIOS's carve-out
INTEGRATED_GPU_MEMORY = QT_TRANSLATE_NOOP(
    "Budget", "integrated graphics sharing the system RAM, up to {memory} for a model"
)
INTEGRATED_GPU_UNUSED = QT_TRANSLATE_NOOP(
    "Budget", "integrated graphics, unused beside the graphics card (llama.cpp runs models on the card)"
)


def integrated_gpu_memory(say: Speaker, usable_bytes: int, *, unused: bool = False) -> str:
    """An integrated GPU's memory in words: the share of system RAM a model may use on it, or (`unused`) that
    llama.cpp leaves it unused beside a graphics card."""
    if unused:
        return say.t(INTEGRATED_GPU_UNUSED)
    return say.t(INTEGRATED_GPU_MEMORY, memory=say.gib(usable_bytes))
